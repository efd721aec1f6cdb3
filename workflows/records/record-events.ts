import type { Command, RulesEvent } from '../../libs/rules';
import type {
  AutomationView,
  CarriedState,
  DocumentDeadline,
  ExternalEvent,
  RecordWorkflowInput,
  RulesMigrationRequest,
} from '../../libs/automation/contract/automation.contract';

// Pure translations between the record workflow and the outside: events in, words and the
// automation view out.

/** The event as the interpreter takes it; undefined for one about an activity the rules do not track. */
export function toRulesEvent(
  event: ExternalEvent,
  carried: CarriedState | undefined,
  at: number,
): RulesEvent | undefined {
  const keyOf = (activityId: string) =>
    Object.entries(carried?.activityIds ?? {}).find(([, id]) => id === activityId)?.[0];
  switch (event.type) {
    case 'activity_completed': {
      const key = keyOf(event.activityId);
      return {
        type: 'activity_completed',
        at,
        activity: event.activity,
        ...(event.outcome ? { outcome: event.outcome } : {}),
        ...(key ? { key } : {}),
      };
    }
    case 'activity_rescheduled': {
      const key = keyOf(event.activityId);
      return key ? { type: 'activity_rescheduled', at, key, dueAt: event.dueAt } : undefined;
    }
    case 'activity_cancelled': {
      const key = keyOf(event.activityId);
      return key ? { type: 'activity_cancelled', at, key } : undefined;
    }
    case 'field_changed':
      return { type: 'field_changed', at, field: event.field, value: event.value };
    case 'document_deadline':
      return undefined;
    default:
      return { type: event.type, at };
  }
}

/** The cause of a stage change as the stage history says it. */
export function describeCause(cause: Extract<Command, { type: 'move_stage' }>['cause']): string {
  switch (cause.kind) {
    case 'manual':
      return cause.override ? 'manual (override)' : 'manual';
    case 'start':
      return 'created';
    default:
      return `rule ${cause.rule ?? cause.kind}${cause.event ? ` on ${cause.event}` : ''}`;
  }
}

export function describeEvent(event: RulesEvent): string {
  if (event.type === 'activity_completed')
    return `${event.activity} completed${event.outcome ? ` (${event.outcome})` : ''}`;
  if (event.type === 'field_changed') return `${event.field} changed`;
  return event.type.replace(/_/g, ' ');
}

/** The answer of the `automation` query. */
export function automationView(
  workflowId: string,
  input: RecordWorkflowInput,
  carried: CarriedState | undefined,
  migration: RulesMigrationRequest | null,
  deadlines: Record<string, DocumentDeadline> | undefined,
): AutomationView {
  const iso = (ms: number) => new Date(ms).toISOString();
  const state = carried?.state;
  return {
    workflowId,
    kind: input.kind,
    recordId: input.recordId,
    ruleSetId: state?.ruleSetId ?? input.ruleSetId,
    rulesVersion: state?.version ?? input.version,
    stage: state?.stage ?? null,
    enteredAt: state ? iso(state.enteredAt) : null,
    closed: state?.closed ? { kind: state.closed.kind, at: iso(state.closed.at) } : null,
    pendingTimers: Object.values(state?.timers ?? {})
      .sort((a, b) => a.at - b.at)
      .map((t) => ({ id: t.id, at: iso(t.at), kind: t.kind, description: t.description })),
    openFollowUps: Object.values(state?.activities ?? {}).map((a) => ({
      key: a.key,
      activityId: carried?.activityIds[a.key] ?? null,
      activity: a.activity,
      subject: a.subject,
      dueAt: iso(a.dueAt),
    })),
    documentDeadlines: Object.values(deadlines ?? {})
      .sort((a, b) => a.at - b.at || a.documentId.localeCompare(b.documentId))
      .map((d) => ({ document: d.document, documentId: d.documentId, at: iso(d.at) })),
    lastEvents: [...(carried?.recent ?? [])].reverse().map((e) => ({
      at: iso(e.at),
      rule: e.rule,
      what: e.what,
      caused: (e.caused ?? []).map((c) => ({
        rule: c.rule,
        what: c.what,
        action: c.action ?? null,
        key: c.key ?? null,
      })),
    })),
    pendingMigration: migration ? migration.rules.version : null,
  };
}
