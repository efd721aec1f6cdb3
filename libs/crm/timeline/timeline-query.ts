import { type TimelineRecordType } from '../comments/comment.entity';

/** The kinds of timeline items, each from its own table. */
export const TIMELINE_KINDS = [
  'stage_change',
  'activity',
  'email',
  'quote',
  'invoice',
  'payment',
  'comment',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** An instant as the API writes it (`2026-12-03T10:00:00.000Z`), inside a JSON part. */
const iso = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One branch of the union: kind, id, at, actor, and the kind's own part as JSON. */
interface Branch {
  kind: TimelineKind;
  /** `select … from …` with `?` for the record's id (and type where `typed`). */
  sql: string;
  /** The branch filters on the record's type as well as its id (tables shared by all four). */
  typed?: boolean;
}

const stageChanges: Branch = {
  kind: 'stage_change',
  typed: true,
  sql: `select 'stage_change' as kind, s.id, s.at, s.by_id as actor_id,
    jsonb_build_object('from', s.from_stage, 'to', s.to_stage, 'cause', s.cause,
      'ruleSetId', s.rule_set_id, 'rulesVersion', s.rules_version,
      'lossReason', s.loss_reason, 'lossNote', s.loss_note) as part
    from stage_change s where s.record_type = ? and s.record_id = ?`,
};

const activities = (column: string): Branch => ({
  kind: 'activity',
  sql: `select 'activity' as kind, a.id, a.created_at as at, a.responsible_id as actor_id,
    jsonb_build_object('type', a.type, 'subject', a.subject, 'description', a.description,
      'status', a.status, 'dueAt', ${iso('a.due_at')}, 'outcome', a.outcome,
      'completedAt', ${iso('a.completed_at')}, 'automated', a.automation_key is not null) as part
    from activity a where a.${column} = ? and a.archived_at is null`,
});

const emails: Branch = {
  kind: 'email',
  typed: true,
  sql: `select 'email' as kind, e.id, e.created_at as at, null::uuid as actor_id,
    jsonb_build_object('to', e.to, 'subject', e.subject, 'body', e.body, 'status', e.status,
      'error', e.error, 'sentAt', ${iso('e.sent_at')}) as part
    from outbound_email e where e.record_type = ? and e.record_id = ?`,
};

const quotes = (column: string): Branch => ({
  kind: 'quote',
  sql: `select 'quote' as kind, q.id, q.created_at as at, q.responsible_id as actor_id,
    jsonb_build_object('number', q.number, 'status', q.status, 'total', q.total::text,
      'currency', q.currency, 'validUntil', q.valid_until::text) as part
    from quote q where q.${column} = ? and q.archived_at is null`,
});

const invoices = (column: string): Branch => ({
  kind: 'invoice',
  sql: `select 'invoice' as kind, i.id, i.created_at as at, i.responsible_id as actor_id,
    jsonb_build_object('number', i.number, 'status', i.status, 'total', i.total::text,
      'amountPaid', i.amount_paid::text, 'currency', i.currency, 'dueDate', i.due_date::text) as part
    from invoice i where i.${column} = ? and i.archived_at is null`,
});

const payments = (column: string): Branch => ({
  kind: 'payment',
  sql: `select 'payment' as kind, p.id, p.received_at as at, null::uuid as actor_id,
    jsonb_build_object('amount', p.amount::text, 'currency', p.currency,
      'paidAt', ${iso('p.paid_at')}, 'invoiceId', p.invoice_id, 'invoiceNumber', p.invoice_number) as part
    from payment p join invoice pi on pi.id = p.invoice_id where pi.${column} = ?`,
});

const comments: Branch = {
  kind: 'comment',
  typed: true,
  sql: `select 'comment' as kind, c.id, c.created_at as at, c.author_id as actor_id,
    jsonb_build_object('body', c.body, 'editedAt', ${iso('c.edited_at')}, 'version', c.version) as part
    from comment c where c.record_type = ? and c.record_id = ?`,
};

/** What each record's timeline gathers: its own items, and those of its documents. */
const BRANCHES: Record<TimelineRecordType, Branch[]> = {
  lead: [stageChanges, activities('lead_id'), emails, comments],
  deal: [
    stageChanges,
    activities('deal_id'),
    emails,
    quotes('deal_id'),
    invoices('deal_id'),
    payments('deal_id'),
    comments,
  ],
  contact: [
    activities('contact_id'),
    emails,
    quotes('contact_id'),
    invoices('contact_id'),
    payments('contact_id'),
    comments,
  ],
  company: [
    activities('company_id'),
    emails,
    quotes('company_id'),
    invoices('company_id'),
    payments('company_id'),
    comments,
  ],
};

/** The union of a record's items (kind, id, at, at_key, actor_id, part) and its parameters. */
export function timelineUnion(
  type: TimelineRecordType,
  id: string,
): { sql: string; params: string[] } {
  const branches = BRANCHES[type];
  return {
    sql: branches.map((b) => `(${b.sql})`).join('\nunion all\n'),
    params: branches.flatMap((b) => (b.typed ? [type, id] : [id])),
  };
}
