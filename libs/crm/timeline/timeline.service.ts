import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { invalidField } from '../../errors';
import { type TimelineRecordType } from '../comments/comment.entity';
import { linksIn } from '../comments/comment-rules';
import { readableRecord } from '../comments/commented-records';
import { formatStored } from '../documents/document-rows';
import { decodeCursor, encodeCursor, type Page } from '../lists/pagination';
import { type Principal } from '../users/role';
import { type TimelineKind, timelineUnion } from './timeline-query';

/** The sort a timeline has, newest first; its cursors say so. */
const TIMELINE_SORT = '-at';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  kind: TimelineKind;
  id: string;
  at: Date;
  at_key: string;
  actor_id: string | null;
  part: Record<string, unknown>;
}

/** The property of an item that holds each kind's own part. */
const PART_OF: Record<TimelineKind, string> = {
  stage_change: 'stageChange',
  activity: 'activity',
  email: 'email',
  quote: 'quote',
  invoice: 'invoice',
  payment: 'payment',
  comment: 'comment',
};

export type TimelineItem = ReturnType<typeof timelineItem>;

/** An item as the API answers it: the common fields, and its kind's part (the others null). */
function timelineItem(row: Row) {
  const part = { ...row.part };
  // Amounts at the currency's scale, as every answer gives them.
  for (const field of ['total', 'amountPaid', 'amount'])
    if (typeof part[field] === 'string')
      part[field] = formatStored(part[field] as string, part.currency as string);
  if (row.kind === 'comment') part.links = linksIn(part.body as string);
  const parts = Object.fromEntries(Object.values(PART_OF).map((name) => [name, null])) as Record<
    string,
    Record<string, unknown> | null
  >;
  parts[PART_OF[row.kind]] = part;
  return {
    id: row.id,
    kind: row.kind,
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    ...parts,
  };
}

/**
 * One timeline per lead, deal, contact and company: its stage changes, activities, emails sent,
 * quotes, invoices, payments and comments, newest first, in pages. One UNION ALL over the tables,
 * each branch on its own index, paged by keyset on (at, id): a page never skips nor repeats an
 * item while items are added.
 */
@Injectable()
export class TimelineService {
  constructor(private readonly orm: MikroORM) {}

  async page(
    p: Principal,
    type: TimelineRecordType,
    id: string,
    q: { limit: number; cursor?: string },
  ): Promise<Page<TimelineItem>> {
    const em = this.orm.em.fork();
    await readableRecord(em, p, type, id);
    const union = timelineUnion(type, id);
    const after = q.cursor ? this.after(q.cursor) : undefined;
    const connection = em.getConnection();
    const [rows, counted] = await Promise.all([
      connection.execute<Row[]>(
        `select t.kind, t.id, t.at, to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_key, t.actor_id, t.part
         from (${union.sql}) t
         ${after ? 'where (t.at, t.id) < (?::timestamptz, ?::uuid)' : ''}
         order by t.at desc, t.id desc limit ?`,
        [...union.params, ...(after ? [after.at, after.id] : []), q.limit + 1],
      ),
      connection.execute<{ n: number }[]>(
        `select count(*)::int as n from (${union.sql}) t`,
        union.params,
      ),
    ]);
    const hasMore = rows.length > q.limit;
    const shown = hasMore ? rows.slice(0, q.limit) : rows;
    const last = shown[shown.length - 1];
    return {
      items: shown.map(timelineItem),
      total: counted[0]?.n ?? 0,
      limit: q.limit,
      nextCursor:
        hasMore && last ? encodeCursor({ s: TIMELINE_SORT, v: last.at_key, id: last.id }) : null,
    };
  }

  private after(cursor: string): { at: string; id: string } {
    const c = decodeCursor(cursor, TIMELINE_SORT);
    if (typeof c.v !== 'string' || Number.isNaN(Date.parse(c.v)) || !UUID.test(c.id))
      throw invalidField('cursor', 'not a cursor from this API', { malformed: true });
    return { at: c.v, id: c.id };
  }
}
