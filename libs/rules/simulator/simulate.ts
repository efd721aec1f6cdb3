import { type SimulatedWorld } from '../actions/kit/action-plugin';
import { actionPlugin, settingsOf } from '../actions/registry';
import Decimal from 'decimal.js';
import { diffLines } from 'diff';
import Handlebars from 'handlebars';
import { describeCommand } from '../describe/describe';
import { formatSpan } from '../values/duration';
import { type RuleSet } from '../language/rule-set';
import { handle, start } from '../interpreter/interpreter';
import {
  type Command,
  type MachineState,
  type RulesEvent,
  type Step,
} from '../interpreter/machine';
import { type Scenario } from './scenario';

/** Simulated time starts on a Monday at 09:00 UTC, so working days read naturally. */
export const SIMULATION_EPOCH = Date.UTC(2026, 0, 5, 9, 0);

export interface TimelineEntry {
  /** ms since the record was created. */
  at: number;
  kind: string;
  text: string;
}

export interface SimulationResult {
  timeline: TimelineEntry[];
  final: MachineState;
}

/**
 * Runs a scenario against rules: instant and deterministic, no Temporal.
 * Effects are simulated the way the worker carries them out: a quote sent
 * reports quote_sent, an invoice is issued for the deal's amount and payments
 * that cover it report invoice_paid, a conversion reports lead_converted.
 */
export function simulate(rules: RuleSet, scenario: Scenario): SimulationResult {
  const t0 = SIMULATION_EPOCH;
  const timeline: TimelineEntry[] = [];
  const rel = (ms: number) => formatSpan(ms - t0);
  const log = (at: number, kind: string, text: string) =>
    timeline.push({ at: at - t0, kind, text });

  const timers = new Map<string, number>();
  const immediate: RulesEvent[] = [];
  let invoiceTotal: Decimal | undefined;
  let paid = new Decimal(0);

  // Subjects as the manager will read them. (The worker renders them the same way; templates
  // were checked to name known fields only.)
  const render = (template: string) =>
    Handlebars.compile(template, { noEscape: true })(state.record);
  // What the effects do here: an invoice is issued for the deal's amount (issue_invoice).
  const world: SimulatedWorld = {
    get record() {
      return state.record;
    },
    invoiceIssued: (amount) => {
      invoiceTotal = new Decimal(amount);
    },
  };
  const carryOut = (commands: Command[], at: number) => {
    for (const c of commands) {
      const line = describeCommand(c, rel, render);
      if (line) log(at, line.kind, line.text);
      switch (c.type) {
        case 'start_timer':
          timers.set(c.id, c.at);
          break;
        case 'cancel_timer':
          timers.delete(c.id);
          break;
        case 'move_stage':
        case 'close':
          break;
        default: {
          const caused = actionPlugin(c.type).simulate?.(settingsOf(c), world);
          if (caused) immediate.push({ type: caused, at });
        }
      }
    }
  };

  let step: Step = start(rules, scenario.record, t0);
  let state = step.state;
  log(t0, 'start', `${rules.id} v${rules.version}: ${scenario.name}`);
  carryOut(step.commands, t0);

  const apply = (event: RulesEvent) => {
    step = handle(rules, state, event);
    if (step.refused) {
      log(event.at, 'refused', step.refused.reason);
      return;
    }
    state = step.state;
    carryOut(step.commands, event.at);
  };
  const drainImmediate = () => {
    while (immediate.length > 0 && !state.closed) {
      const e = immediate.shift()!;
      log(e.at, 'event', e.type.replace(/_/g, ' '));
      apply(e);
    }
  };
  drainImmediate();

  const pending = [...scenario.events];
  const end = t0 + scenario.until;
  while (!state.closed) {
    const nextTimer = [...timers.entries()].sort(
      (a, b) => a[1] - b[1] || a[0].localeCompare(b[0]),
    )[0];
    const nextEvent = pending[0];
    const timerAt = nextTimer ? nextTimer[1] : Infinity;
    const eventAt = nextEvent ? t0 + nextEvent.at : Infinity;
    if (Math.min(timerAt, eventAt) > end) break;
    // On a tie, the timer fires first: it was set before the event arrived.
    if (timerAt <= eventAt) {
      const [id, at] = nextTimer;
      timers.delete(id);
      log(at, 'timer fired', id);
      apply({ type: 'timer_fired', at, timerId: id });
    } else {
      pending.shift();
      const at = eventAt;
      switch (nextEvent.type) {
        case 'activity_completed':
          log(
            at,
            'event',
            `${nextEvent.activity} completed${nextEvent.outcome ? ` (${nextEvent.outcome})` : ''}`,
          );
          apply({
            type: 'activity_completed',
            at,
            activity: nextEvent.activity,
            outcome: nextEvent.outcome,
          });
          break;
        case 'payment': {
          paid = paid.plus(nextEvent.amount);
          log(
            at,
            'event',
            `payment of ${nextEvent.amount} (paid ${paid.toFixed(2)}${invoiceTotal ? ` of ${invoiceTotal.toFixed(2)}` : ', no invoice yet'})`,
          );
          apply({ type: 'payment_received', at });
          if (invoiceTotal && paid.greaterThanOrEqualTo(invoiceTotal) && !state.invoicePaid)
            immediate.push({ type: 'invoice_paid', at });
          break;
        }
        case 'field_changed':
          log(at, 'event', `${nextEvent.field} = ${JSON.stringify(nextEvent.value)}`);
          apply({ type: 'field_changed', at, field: nextEvent.field, value: nextEvent.value });
          break;
        case 'move':
          log(
            at,
            'event',
            `manual move to ${nextEvent.to} by ${nextEvent.by.id} (${nextEvent.by.role})${nextEvent.override ? ' with override' : ''}${nextEvent.lossReason ? `, loss reason ${nextEvent.lossReason}` : ''}`,
          );
          apply({
            type: 'manual_move',
            at,
            to: nextEvent.to,
            by: nextEvent.by,
            override: nextEvent.override,
            ...(nextEvent.lossReason !== undefined ? { lossReason: nextEvent.lossReason } : {}),
            ...(nextEvent.lossNote !== undefined ? { lossNote: nextEvent.lossNote } : {}),
          });
          break;
        default:
          log(at, 'event', nextEvent.type.replace(/_/g, ' '));
          apply({ type: nextEvent.type, at });
      }
    }
    drainImmediate();
  }
  for (const e of pending)
    log(t0 + e.at, 'ignored', `${e.type} (line ${e.line}): the record is closed`);
  if (!state.closed)
    log(
      Math.min(end, t0 + scenario.until),
      'end',
      `still in ${state.stage} after ${formatSpan(scenario.until)}; ${timers.size} timer(s) pending`,
    );
  return { timeline, final: state };
}

/** The timeline as text, one entry a line: `+2h       stage        new → quote (...)` */
export function formatTimeline(timeline: TimelineEntry[]): string {
  return (
    timeline
      .map((e) => `${formatSpan(e.at).padEnd(10)} ${e.kind.padEnd(12)} ${e.text}`.trimEnd())
      .join('\n') + '\n'
  );
}

/** Where two timelines differ, in unified-diff style (- first, + second); empty when equal. */
export function diffTimelines(first: string, second: string, labels: [string, string]): string {
  if (first === second) return '';
  const out = [`--- ${labels[0]}`, `+++ ${labels[1]}`];
  for (const part of diffLines(first, second)) {
    const prefix = part.added ? '+ ' : part.removed ? '- ' : '  ';
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (!part.added && !part.removed && lines.length > 6) {
      out.push(
        ...lines.slice(0, 2).map((l) => prefix + l),
        `  … ${lines.length - 4} same lines …`,
        ...lines.slice(-2).map((l) => prefix + l),
      );
    } else out.push(...lines.map((l) => prefix + l));
  }
  return out.join('\n') + '\n';
}
