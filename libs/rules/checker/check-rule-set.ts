import { parseDuration } from '../language/duration';
import { ExpressionError, fieldsOf, parseExpression } from '../language/expression';
import { CONDITION_FIELDS, SETTABLE_FIELDS, unknownFieldReason } from '../language/fields';
import {
  ACTION_TYPES,
  ACTIVITY_TYPES,
  type Action,
  type ActivityType,
  type Assignee,
  CLOSING_KINDS,
  type Condition,
  type Duration,
  type EmailTemplate,
  type Escalation,
  type EscalationStep,
  type EventFilter,
  EVENT_TYPES,
  EVENTS_OF_KIND,
  type FollowUp,
  type RuleSet,
  type RuleSetKind,
  type Stage,
  type StageKind,
  type Transition,
} from '../language/rule-set';
import { checkStructure } from './structure';
import { type PathPart, type Problem, suggestion } from './problems';
import { checkTemplates, checkTemplateText, type TemplateFile } from './templates';
import { YamlSource } from './yaml-source';

/** A rule set as sales ops keep it: the rules file and the templates beside it. */
export interface RuleSetSource {
  /** The rules file's path, as problems name it. */
  file: string;
  text: string;
  templates: TemplateFile[];
}

export type CheckResult =
  | { ok: true; rules: RuleSet; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

const ID = /^[a-z][a-z0-9_-]{0,62}$/;

type Json = Record<string, unknown>;

/**
 * Checks a rule set, schema and meaning, and returns it in the interpreter's
 * shape. Every problem names the file, line, column and the path inside the
 * rules. Never throws on bad input.
 */
export function checkRuleSet(source: RuleSetSource): CheckResult {
  const parsed = YamlSource.parse(source.file, source.text);
  if (Array.isArray(parsed)) return { ok: false, errors: parsed, warnings: [] };
  const checker = new Checker(parsed, source.templates);
  try {
    return checker.run();
  } catch (error) {
    // A checker bug must still answer with a problem, never a stack trace.
    return {
      ok: false,
      errors: [
        parsed.problem('error', [], `the rules could not be checked: ${(error as Error).message}`),
      ],
      warnings: [],
    };
  }
}

/** In reading order: file, line, column. */
function sorted(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

class Checker {
  private readonly errors: Problem[] = [];
  private readonly warnings: Problem[] = [];
  private kind: RuleSetKind = 'pipeline';
  private templateNames = new Set<string>();
  private readonly usedTemplates = new Set<string>();

  constructor(
    private readonly yaml: YamlSource,
    private readonly templateFiles: TemplateFile[],
  ) {}

  private error(path: PathPart[], message: string, options?: { atKey?: boolean; offset?: number }) {
    this.errors.push(this.yaml.problem('error', path, message, options));
  }

  private warn(path: PathPart[], message: string) {
    this.warnings.push(this.yaml.problem('warning', path, message));
  }

  run(): CheckResult {
    const structural = checkStructure(this.yaml);
    this.errors.push(...structural.problems);
    if (structural.fatal) return { ok: false, errors: this.errors, warnings: [] };
    const top = this.yaml.data as Json;
    this.kind = top.kind as RuleSetKind;

    const templates = checkTemplates(this.templateFiles, this.kind);
    this.errors.push(...templates.problems);
    this.templateNames = new Set(Object.keys(templates.templates));

    if (!ID.test(String(top.id))) {
      this.error(['id'], 'an id is lowercase letters, digits, "-" or "_", starting with a letter');
    }
    if (this.kind === 'lead' && top.currency !== undefined) {
      this.error(['currency'], 'lead rules have no currency; only deal pipelines do');
    }

    const stagesData = top.stages as Json[];
    const stages = stagesData.map((s, i) => this.stage(s, i));
    this.checkStages(stages);
    for (const name of this.templateNames) {
      if (!this.usedTemplates.has(name)) {
        const file = this.templateFiles.find((t) => t.name === name);
        this.warnings.push({
          severity: 'warning',
          file: file?.file ?? this.yaml.file,
          line: 1,
          column: 1,
          path: '',
          message: `the template "${name}" is not used by any rule`,
        });
      }
    }

    if (this.errors.length > 0)
      return { ok: false, errors: sorted(this.errors), warnings: sorted(this.warnings) };
    const rules: RuleSet = {
      kind: this.kind,
      id: String(top.id),
      name: String(top.name),
      version: Number(top.version),
      ...(top.currency !== undefined ? { currency: String(top.currency) } : {}),
      wonRequiresPayment: this.kind === 'pipeline' ? top.won_requires_payment !== false : false,
      stages: [...stages].sort((a, b) => a.order - b.order),
      templates: templates.templates as Record<string, EmailTemplate>,
    };
    return { ok: true, rules, warnings: sorted(this.warnings) };
  }

  // ---- stages -------------------------------------------------------------

  private stage(s: Json, i: number): Stage {
    const path: PathPart[] = ['stages', i];
    const id = String(s.id);
    if (!ID.test(id)) {
      this.error(
        [...path, 'id'],
        'a stage id is lowercase letters, digits, "-" or "_", starting with a letter',
      );
    }
    const kind = (s.kind ?? 'open') as StageKind;
    const allowed = ['open', ...CLOSING_KINDS[this.kind]];
    if (!allowed.includes(kind)) {
      this.error(
        [...path, 'kind'],
        `a stage of ${this.kind} rules is one of: ${allowed.join(', ')}`,
      );
    }
    const list = <T>(key: string, each: (item: Json, p: PathPart[]) => T | undefined): T[] =>
      ((s[key] as Json[] | undefined) ?? [])
        .map((item, j) => each(item, [...path, key, j]))
        .filter((x): x is T => x !== undefined);
    return {
      id,
      name: String(s.name ?? id),
      order: typeof s.order === 'number' ? s.order : (i + 1) * 10,
      kind,
      allowBack: s.allow_back === true,
      onEnter: list('on_enter', (a, p) => this.action(a, p)),
      transitions: list('transitions', (t, p) => this.transition(t, p)),
      followUps: list('follow_up', (f, p) => this.followUp(f, p)),
      whenOverdue: list('when_overdue', (e, p) => this.escalation(e, p)),
    };
  }

  private checkStages(stages: Stage[]) {
    const ids = stages.map((s) => s.id);
    const seen = new Map<string, number>();
    const orders = new Map<number, string>();
    stages.forEach((stage, i) => {
      if (seen.has(stage.id)) {
        this.error(
          ['stages', i, 'id'],
          `the stage id "${stage.id}" is used twice (also by stages[${seen.get(stage.id)}])`,
        );
      }
      seen.set(stage.id, i);
      if (orders.has(stage.order)) {
        this.error(
          ['stages', i, 'order'],
          `order ${stage.order} is also the order of stage "${orders.get(stage.order)}"`,
        );
      }
      orders.set(stage.order, stage.id);
    });

    for (const kind of CLOSING_KINDS[this.kind]) {
      if (!stages.some((s) => s.kind === kind)) {
        this.error(['stages'], `there is no ${kind} stage: add one with "kind: ${kind}"`);
      }
    }

    stages.forEach((stage, i) => {
      stage.transitions.forEach((t, j) => {
        if (!ids.includes(t.to)) {
          this.error(
            ['stages', i, 'transitions', j, 'to'],
            `stage "${t.to}" does not exist${suggestion(t.to, ids)} (the stages are: ${ids.join(', ')})`,
          );
        } else if (t.to === stage.id) {
          this.error(
            ['stages', i, 'transitions', j, 'to'],
            'a transition cannot lead to the stage it leaves',
          );
        }
      });
      stage.whenOverdue.forEach((e, j) =>
        e.do.forEach((step, k) => {
          if (step.type === 'move' && !ids.includes(step.to)) {
            this.error(
              ['stages', i, 'when_overdue', j, 'do', k, 'move'],
              `stage "${step.to}" does not exist${suggestion(step.to, ids)}`,
            );
          }
        }),
      );
      if (stage.kind !== 'open') {
        if (stage.transitions.length > 0) {
          this.error(
            ['stages', i, 'transitions'],
            `"${stage.id}" closes the ${this.kind === 'lead' ? 'lead' : 'deal'}; a closing stage has no transitions`,
          );
        }
        if (stage.followUps.length > 0 || stage.whenOverdue.length > 0) {
          this.error(
            ['stages', i],
            `"${stage.id}" closes the record; follow-ups and escalations never run there`,
          );
        }
      }
      // An escalation for an activity type that this stage never creates never fires.
      const created = new Set<ActivityType>(
        [...stage.onEnter, ...stage.followUps.flatMap((f) => f.do)]
          .filter(
            (a): a is Extract<Action, { type: 'create_activity' }> => a.type === 'create_activity',
          )
          .map((a) => a.activity),
      );
      stage.whenOverdue.forEach((e, j) => {
        if (!created.has(e.activity)) {
          this.warn(
            ['stages', i, 'when_overdue', j, 'activity'],
            `no ${e.activity} is created in this stage, so this escalation never fires`,
          );
        }
      });
    });
    if (this.errors.length > 0) return;
    this.checkReachability(stages);
  }

  /** Stages no rule leads to, and loops from which no rule reaches a closing stage. */
  private checkReachability(stages: Stage[]) {
    const ordered = [...stages].sort((a, b) => a.order - b.order);
    const next = new Map<string, string[]>();
    for (const s of stages) {
      next.set(s.id, [
        ...s.transitions.map((t) => t.to),
        ...s.whenOverdue.flatMap((e) =>
          e.do.filter((d) => d.type === 'move').map((d) => (d as { to: string }).to),
        ),
      ]);
    }
    const reach = (from: string): Set<string> => {
      const seen = new Set([from]);
      const queue = [from];
      while (queue.length > 0) {
        for (const n of next.get(queue.shift()!) ?? []) {
          if (seen.has(n)) continue;
          seen.add(n);
          queue.push(n);
        }
      }
      return seen;
    };
    const fromStart = reach(ordered[0].id);
    const index = (id: string) => stages.findIndex((s) => s.id === id);
    for (const s of stages) {
      if (fromStart.has(s.id)) continue;
      if (s.kind === 'open') {
        this.error(
          ['stages', index(s.id)],
          `no rule leads to stage "${s.id}" from "${ordered[0].id}": it is not reachable (add a transition to it)`,
        );
      } else {
        this.warn(
          ['stages', index(s.id)],
          `no rule leads to "${s.id}"; it is reached only by a manual move`,
        );
      }
    }
    for (const s of stages) {
      if (s.kind !== 'open' || !fromStart.has(s.id)) continue;
      const ahead = reach(s.id);
      if (![...ahead].some((id) => stages.find((x) => x.id === id)?.kind !== 'open')) {
        this.warn(
          ['stages', index(s.id)],
          `from "${s.id}" no rule reaches a closing stage (stages ${[...ahead].join(', ')} loop); only a manual move ends it`,
        );
      }
    }
  }

  // ---- transitions, follow-ups, escalations --------------------------------

  private transition(t: Json, path: PathPart[]): Transition | undefined {
    const result: Transition = { to: String(t.to) };
    if (t.on !== undefined) {
      const on = this.event(t.on, [...path, 'on']);
      if (on) result.on = on;
    }
    if (t.after !== undefined) {
      const after = this.duration(t.after, [...path, 'after']);
      if (after) result.after = after;
    }
    if (t.if !== undefined) {
      const condition = this.condition(t.if, [...path, 'if']);
      if (condition) result.if = condition;
    }
    if (t.on !== undefined && t.after !== undefined) {
      this.error(
        path,
        'a transition happens "on" an event or "after" a time, not both; write two transitions',
      );
    }
    if (t.on === undefined && t.after === undefined && t.if === undefined) {
      this.error(
        path,
        'say when this transition happens: "on" an event, "after" a time in the stage, or "if" a condition',
      );
    }
    return result;
  }

  private event(on: unknown, path: PathPart[]): EventFilter | undefined {
    const [name, params] =
      typeof on === 'string'
        ? [on, {}]
        : on && typeof on === 'object' && Object.keys(on).length === 1
          ? Object.entries(on as Json)[0]
          : [undefined, undefined];
    if (typeof name !== 'string') {
      this.error(
        path,
        `an event is a name (like quote_sent) or one name with its filter (like activity_completed: { type: call })`,
      );
      return undefined;
    }
    if (!(EVENT_TYPES as readonly string[]).includes(name)) {
      this.error(
        typeof on === 'string' ? path : [...path, name],
        `unknown event "${name}"${suggestion(name, EVENT_TYPES)}; the events are: ${EVENT_TYPES.join(', ')}`,
        { atKey: typeof on !== 'string' },
      );
      return undefined;
    }
    const ofKind = EVENTS_OF_KIND[name as EventFilter['event']];
    if (ofKind !== 'both' && ofKind !== this.kind) {
      this.error(
        path,
        `${name} happens only in ${ofKind === 'lead' ? 'lead rules' : 'deal pipelines'}`,
      );
      return undefined;
    }
    const p = (params ?? {}) as Json;
    const allowedKeys: Record<string, string[]> = {
      activity_completed: ['type', 'outcome'],
      field_changed: ['field', 'to'],
    };
    if (p === null || typeof p !== 'object' || Array.isArray(p)) {
      this.error(
        [...path, name],
        'the event filter is a map, like { type: call, outcome: interested }',
      );
      return undefined;
    }
    for (const key of Object.keys(p)) {
      if (!(allowedKeys[name] ?? []).includes(key)) {
        const keys = allowedKeys[name] ?? [];
        this.error(
          [...path, name, key],
          keys.length
            ? `unknown filter "${key}" of ${name}; it takes: ${keys.join(', ')}`
            : `${name} takes no filter`,
          { atKey: true },
        );
      }
    }
    if (name === 'activity_completed') {
      if (p.type !== undefined && !this.activityType(p.type, [...path, name, 'type']))
        return undefined;
      if (p.outcome !== undefined && typeof p.outcome !== 'string') {
        this.error([...path, name, 'outcome'], 'an outcome is a word, like interested');
      }
      return {
        event: 'activity_completed',
        ...(p.type !== undefined ? { activity: p.type as ActivityType } : {}),
        ...(typeof p.outcome === 'string' ? { outcome: p.outcome } : {}),
      };
    }
    if (name === 'field_changed') {
      if (typeof p.field !== 'string') {
        this.error(
          [...path, name],
          'field_changed needs the field, like { field: deal.source, to: partner }',
        );
        return undefined;
      }
      this.fieldName(p.field, [...path, name, 'field']);
      return {
        event: 'field_changed',
        field: p.field,
        ...(p.to !== undefined ? { to: p.to as string } : {}),
      };
    }
    return { event: name } as EventFilter;
  }

  private followUp(f: Json, path: PathPart[]): FollowUp | undefined {
    const every = this.duration(f.every, [...path, 'every']);
    if (
      f.times !== undefined &&
      !(Number.isInteger(f.times) && (f.times as number) >= 1 && (f.times as number) <= 100)
    ) {
      this.error([...path, 'times'], 'times is a whole number from 1 to 100');
    }
    const actions = ((f.do as Json[]) ?? [])
      .map((a, j) => this.action(a, [...path, 'do', j]))
      .filter((a): a is Action => !!a);
    if (!every) return undefined;
    return { every, ...(typeof f.times === 'number' ? { times: f.times } : {}), do: actions };
  }

  private escalation(e: Json, path: PathPart[]): Escalation | undefined {
    const activity = this.activityType(e.activity, [...path, 'activity']);
    const after = this.duration(e.after, [...path, 'after']);
    const steps: EscalationStep[] = [];
    ((e.do as Json[]) ?? []).forEach((item, j) => {
      const p = [...path, 'do', j];
      if (item && typeof item === 'object' && 'move' in item) {
        if (typeof item.move !== 'string')
          this.error([...p, 'move'], 'move names the stage to move to, like move: lost');
        else
          steps.push({
            type: 'move',
            to: item.move,
            ...(item.if !== undefined ? { if: this.condition(item.if, [...p, 'if']) } : {}),
          });
        return;
      }
      const action = this.action(item, p);
      if (action) steps.push(action);
    });
    if (!activity || !after) return undefined;
    return { activity, after, do: steps };
  }

  // ---- actions -------------------------------------------------------------

  private action(item: Json, path: PathPart[]): Action | undefined {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      this.error(
        path,
        `an action is one name with its settings, like send_email: { template: welcome, to: contact }`,
      );
      return undefined;
    }
    const names = Object.keys(item).filter((k) => k !== 'if');
    if (names.length !== 1) {
      this.error(
        path,
        names.length === 0
          ? 'the action is missing: name one of ' + ACTION_TYPES.join(', ')
          : `one action per item, found ${names.join(' and ')}: put each in its own "- " item`,
      );
      return undefined;
    }
    const name = names[0];
    if (!(ACTION_TYPES as readonly string[]).includes(name)) {
      this.error(
        [...path, name],
        `unknown action "${name}"${suggestion(name, ACTION_TYPES)}; the actions are: ${ACTION_TYPES.join(', ')}`,
        { atKey: true },
      );
      return undefined;
    }
    const condition = item.if !== undefined ? this.condition(item.if, [...path, 'if']) : undefined;
    const raw = item[name];
    const p = [...path, name];
    const params = (raw ?? {}) as Json;
    if (typeof params !== 'object' || Array.isArray(params)) {
      this.error(p, `the settings of ${name} are a map, like { key: value }`);
      return undefined;
    }
    const built = this.actionOf(name as Action['type'], params, p);
    if (!built) return undefined;
    return condition ? { ...built, if: condition } : built;
  }

  private actionOf(name: Action['type'], a: Json, p: PathPart[]): Action | undefined {
    const only = (keys: string[], required: string[] = []) => {
      for (const key of Object.keys(a)) {
        if (!keys.includes(key))
          this.error(
            [...p, key],
            `unknown setting "${key}" of ${name}${suggestion(key, keys)}; it takes: ${keys.join(', ')}`,
            { atKey: true },
          );
      }
      for (const key of required) if (a[key] === undefined) this.error(p, `${name} needs "${key}"`);
      return required.every((k) => a[k] !== undefined);
    };
    const pipelineOnly = () => {
      if (this.kind === 'lead')
        this.error(p, `${name} is for deal pipelines; leads have no quotes or invoices`);
    };
    switch (name) {
      case 'create_activity': {
        if (
          !only(['type', 'subject', 'description', 'due', 'assignee'], ['type', 'subject', 'due'])
        )
          return undefined;
        const activity = this.activityType(a.type, [...p, 'type']);
        const due = this.duration(a.due, [...p, 'due']);
        const subject = this.templateString(a.subject, [...p, 'subject']);
        const description =
          a.description === undefined
            ? undefined
            : this.templateString(a.description, [...p, 'description']);
        const assignee =
          a.assignee === undefined
            ? { kind: 'responsible' as const }
            : this.assignee(a.assignee, [...p, 'assignee']);
        if (!activity || !due || subject === undefined || !assignee) return undefined;
        return {
          type: 'create_activity',
          activity,
          subject,
          ...(description !== undefined ? { description } : {}),
          due,
          assignee,
        };
      }
      case 'send_quote': {
        pipelineOnly();
        if (!only(['template', 'valid_for'], ['template', 'valid_for'])) return undefined;
        const template = this.templateRef(a.template, [...p, 'template']);
        const validFor = this.duration(a.valid_for, [...p, 'valid_for']);
        return template && validFor ? { type: 'send_quote', template, validFor } : undefined;
      }
      case 'issue_invoice': {
        pipelineOnly();
        if (!only(['due', 'send', 'template'], ['due'])) return undefined;
        const due = this.duration(a.due, [...p, 'due']);
        if (a.send !== undefined && typeof a.send !== 'boolean')
          this.error([...p, 'send'], 'send is true or false');
        const template =
          a.template === undefined ? undefined : this.templateRef(a.template, [...p, 'template']);
        if (a.send === true && a.template === undefined)
          this.error(p, 'an invoice that is sent needs the email "template"');
        return due
          ? { type: 'issue_invoice', due, send: a.send === true, ...(template ? { template } : {}) }
          : undefined;
      }
      case 'send_email': {
        if (!only(['template', 'to'], ['template', 'to'])) return undefined;
        const template = this.templateRef(a.template, [...p, 'template']);
        if (a.to !== 'contact' && a.to !== 'responsible') {
          this.error([...p, 'to'], 'to is contact or responsible');
          return undefined;
        }
        return template ? { type: 'send_email', template, to: a.to } : undefined;
      }
      case 'notify': {
        if (!only(['template', 'to'], ['template', 'to'])) return undefined;
        const template = this.templateRef(a.template, [...p, 'template']);
        if (a.to !== 'responsible' && a.to !== 'head') {
          this.error([...p, 'to'], 'to is responsible or head');
          return undefined;
        }
        return template ? { type: 'notify', template, to: a.to } : undefined;
      }
      case 'assign': {
        if (!only(['user', 'round_robin'])) return undefined;
        const assignee = this.assignee(a, p);
        return assignee ? { type: 'assign', assignee } : undefined;
      }
      case 'set_field': {
        if (!only(['field', 'value'], ['field', 'value'])) return undefined;
        if (typeof a.field !== 'string' || !this.settableField(a.field, [...p, 'field']))
          return undefined;
        const value = a.value;
        if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
          this.error([...p, 'value'], 'the value is a text, a number, true, false or null');
          return undefined;
        }
        return {
          type: 'set_field',
          field: a.field,
          value: value as string | number | boolean | null,
        };
      }
      case 'convert': {
        if (this.kind !== 'lead')
          this.error(p, 'convert is for lead rules: it turns the lead into a deal');
        if (!only(['pipeline'])) return undefined;
        if (a.pipeline !== undefined && (typeof a.pipeline !== 'string' || !ID.test(a.pipeline))) {
          this.error([...p, 'pipeline'], 'pipeline is the id of a deal pipeline, like b2b');
          return undefined;
        }
        return {
          type: 'convert',
          ...(typeof a.pipeline === 'string' ? { pipeline: a.pipeline } : {}),
        };
      }
    }
  }

  // ---- values --------------------------------------------------------------

  private duration(value: unknown, path: PathPart[]): Duration | undefined {
    const result = parseDuration(value);
    if (!result.ok) {
      this.error(path, result.reason);
      return undefined;
    }
    return result.duration;
  }

  private activityType(value: unknown, path: PathPart[]): ActivityType | undefined {
    if (typeof value === 'string' && (ACTIVITY_TYPES as readonly string[]).includes(value))
      return value as ActivityType;
    this.error(
      path,
      `the activity type is one of: ${ACTIVITY_TYPES.join(', ')}${typeof value === 'string' ? suggestion(value, ACTIVITY_TYPES) : ''}`,
    );
    return undefined;
  }

  private assignee(value: unknown, path: PathPart[]): Assignee | undefined {
    if (value === 'responsible') return { kind: 'responsible' };
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const v = value as Json;
      if (typeof v.user === 'string' && v.user && v.round_robin === undefined)
        return { kind: 'user', user: v.user };
      if (typeof v.round_robin === 'string' && v.round_robin && v.user === undefined)
        return { kind: 'round_robin', team: v.round_robin };
    }
    this.error(
      path,
      'assign to "responsible", a named user ({ user: anna }) or round robin in a team ({ round_robin: sales-east })',
    );
    return undefined;
  }

  private templateRef(value: unknown, path: PathPart[]): string | undefined {
    if (typeof value !== 'string') {
      this.error(path, 'name an email template from the templates folder');
      return undefined;
    }
    this.usedTemplates.add(value);
    if (!this.templateNames.has(value)) {
      const names = [...this.templateNames];
      this.error(
        path,
        `there is no template "${value}"${suggestion(value, names)} (templates: ${names.join(', ') || 'none'}); add templates/${value}.hbs beside the rules`,
      );
      return undefined;
    }
    return value;
  }

  /** A short template inside the rules (an activity's subject), checked like the template files. */
  private templateString(value: unknown, path: PathPart[]): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
      this.error(path, 'a text is needed');
      return undefined;
    }
    for (const problem of checkTemplateText(value, this.kind)) {
      this.error(path, problem.message, { offset: problem.offset });
    }
    return value;
  }

  /** A field `set_field` may set: the record's own (not its stage, currency or parties). */
  private settableField(field: string, path: PathPart[]): boolean {
    const reason = unknownFieldReason(field.split('.'), SETTABLE_FIELDS[this.kind]);
    if (reason) this.error(path, `set_field sets a field of the record itself: ${reason}`);
    return !reason;
  }

  private fieldName(field: string, path: PathPart[]): boolean {
    const reason = unknownFieldReason(field.split('.'), CONDITION_FIELDS[this.kind]);
    if (reason) this.error(path, reason);
    return !reason;
  }

  private condition(value: unknown, path: PathPart[]): Condition | undefined {
    if (typeof value !== 'string' && typeof value !== 'boolean') {
      this.error(path, 'a condition is an expression, like deal.amount >= 10000');
      return undefined;
    }
    const source = String(value);
    try {
      const expr = parseExpression(source);
      for (const field of fieldsOf(expr)) {
        const reason = unknownFieldReason(field, CONDITION_FIELDS[this.kind]);
        if (reason) {
          this.error(path, reason, { offset: Math.max(0, source.indexOf(field.join('.'))) });
          return undefined;
        }
      }
      return { source };
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      this.error(path, error.message, { offset: error.index ?? 0 });
      return undefined;
    }
  }
}
