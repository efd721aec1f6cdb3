// A rule action as a plug-in: one folder under libs/rules/actions holds its schema (the settings
// as published), its check (reading the YAML), its pure interpretation (the command it issues, in
// words for people, carried out by the workflow) in `<action>.action.ts`, and in
// `<action>.effect.ts` its effect, which the worker alone imports: written against the few
// services it needs (its "ports", given by the worker), so it imports nothing of the domain. The registry (../registry.ts)
// lists the plug-ins; everything else (checker, interpreter, describe, simulator, workflow) asks
// it. This file is pure: the workflow bundle loads it. It imports nothing of the rules but the
// values they are written in (../../values), so the rules' own files may import the plug-ins
// without a cycle.

import { type ActivityType } from '../../values/activity-types';
import { type Assignee } from '../../values/assignee';
import { type Duration } from '../../values/duration';

export type RulesKind = 'pipeline' | 'lead';

/** What every effect is told: whose it is and its key (unique within the workflow). */
export interface EffectTarget {
  kind: 'deal' | 'lead';
  recordId: string;
  workflowId: string;
  key: string;
  ruleSetId: string;
  version: number;
}

/** The checker's help while a plug-in reads its settings; paths are under the action's own. */
export interface SettingsReader {
  /** The kind of rules being read. */
  readonly kind: RulesKind;
  error(at: string[], message: string): void;
  /** The name of an email template of these rules (reported when there is none). */
  templateRef(value: unknown, at: string[]): string | undefined;
  /**
   * The code of a quote template (data, not rules: checked against the templates at publish,
   * as teams are); reported when it is not a code.
   */
  quoteTemplateRef(value: unknown, at: string[]): string | undefined;
  /** A short template inside the rules (an activity's subject), checked like the template files. */
  templateString(value: unknown, at: string[]): string | undefined;
  /** `30m`, `3d`, `5wd` or ISO 8601. */
  duration(value: unknown, at: string[]): Duration | undefined;
  activityType(value: unknown, at: string[]): ActivityType | undefined;
  /** `responsible`, `{ user: anna }` or `{ round_robin: inbound }` (the team checked at publish). */
  assignee(value: unknown, at: string[]): Assignee | undefined;
  /** Whether set_field may set this field of the record (reported when not). */
  settableField(field: string, at: string[]): boolean;
}

/** A setting: whether the YAML must give it. */
export type SettingSpec = 'required' | 'optional';

/** A line of the simulator's timeline. */
export interface TimelineLine {
  kind: string;
  text: string;
}

/**
 * An effect run apart from the record, in a workflow of its own that outlives the record's:
 * the record goes on at once, the effect is retried with backoff by Temporal (`attempts` at most)
 * and, when it fails for good, `giveUp` (an effect given the same input and the last error) says
 * so. One per `id`: a second start with the same id is ignored, so it never runs twice.
 */
export interface DetachedEffect {
  id: string;
  effect: string;
  input: unknown;
  attempts: number;
  giveUp?: string;
}

/** What an effect caused that the rules hear of (a quote went out). */
export type CausedEvent = 'quote_sent' | 'invoice_paid' | 'lead_converted';

/** The simulator's world, as a plug-in's simulation sees it. */
export interface SimulatedWorld {
  /** The record as conditions and templates see it ({ deal: {…}, contact: {…} }). */
  readonly record: Record<string, Record<string, unknown>>;
  /** An invoice of this amount was issued: payments that cover it report invoice_paid. */
  invoiceIssued(amount: string): void;
}

/**
 * The workflow's side, as a plug-in's carry-out sees it: whose effects, the effects themselves
 * (Temporal activity proxies typed with the plug-in's own effects), and the record's event list.
 */
export interface ActionRun<E> {
  target(key: string): EffectTarget;
  /** Ordinary activities (mail, documents, anything reaching outside). */
  effects: E;
  /** Local activities (a few rows). */
  rows: E;
  /** Notes what the effect did for the automation view (`effect:<type>`). */
  note(what: string): void;
  /** The activity an effect created under `key`: the workflow knows it by its id (completions). */
  activityCreated(key: string, activityId: string): void;
  /** Starts an effect detached from the record (see DetachedEffect); resolves once started. */
  detach(effect: DetachedEffect): Promise<void>;
}

/**
 * A rule action. `S` is its settings as published (the action without `type` and `if`), `C` the
 * command it issues (without `type` and `key`), `E` the effects it calls (`<action>.effect.ts`
 * makes them; the worker registers them, apps/worker/action-effects.ts).
 */
export interface ActionPlugin<T extends string, S extends object, C extends object, E = unknown> {
  readonly type: T;
  /** The settings the YAML may give; an unknown one or a missing required one is reported. */
  readonly settings: Record<string, SettingSpec>;
  /** When it belongs to one kind of rules only, and why. */
  readonly onlyFor?: { kind: RulesKind; why: string };
  /** Reads the settings as written (known names only); undefined once the problems are reported. */
  read(settings: Record<string, unknown>, reader: SettingsReader): S | undefined;
  /** The action in words (diff, simulator, what a rule ran), without its condition. */
  describe(action: S): string;
  /** The command it issues at `at`; `activityKey` is the activity an escalation is about. */
  command(action: S, at: number, activityKey?: string): C;
  /** The command in the simulator's timeline. */
  timeline(command: C, at: (ms: number) => string, render: (text: string) => string): TimelineLine;
  /** In the simulator: what its effect does there, and the event it would cause at once, if any. */
  simulate?(command: C, world: SimulatedWorld): CausedEvent | undefined;
  /** Carries the command out in the workflow (deterministic: only through `run`). */
  carryOut(command: C & { key: string }, run: ActionRun<E>): Promise<CausedEvent | undefined>;
}

/** Declares a plug-in (the identity, for the types to be inferred). */
export function defineAction<T extends string, S extends object, C extends object, E>(
  plugin: ActionPlugin<T, S, C, E>,
): ActionPlugin<T, S, C, E> {
  return plugin;
}
