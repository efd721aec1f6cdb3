import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { type PendingTimer, type RuleSet } from '../../rules';
import { AccessError } from '../../errors';
import { type Principal } from '../users/role';
import { PendingAutomation, type TimerKind } from './pending-automation.entity';

/** One thing the automation will do next, on one record the caller may see. */
export interface UpcomingAutomation {
  recordKind: 'deal' | 'lead';
  recordId: string;
  recordTitle: string;
  responsibleId: string;
  stage: string;
  at: string;
  kind: TimerKind;
  moveTo: string | null;
  actions: string[];
  occurrence: number | null;
  times: number | null;
  /** Escalations: the activity they watch, if it is still there. */
  activity: { id: string; type: string; subject: string } | null;
  description: string;
}

export interface UpcomingQuery {
  /** Whose records (within what the caller may see); default: the caller's own. */
  responsibleId?: string;
  /** Timers due before this time; default: all. */
  before?: Date;
  limit: number;
}

/** What a pending timer does, read from the rules it runs. */
export function describeTimer(
  rules: RuleSet | null,
  timer: PendingTimer,
): Pick<PendingAutomation, 'moveTo' | 'actions' | 'times'> {
  const stage = rules?.stages.find((s) => s.id === timer.stage);
  switch (timer.kind) {
    case 'transition': {
      const t = stage?.transitions[timer.index];
      return { moveTo: t?.to ?? null, actions: ['move'], times: null };
    }
    case 'follow_up': {
      const f = stage?.followUps[timer.index];
      return { moveTo: null, actions: f?.do.map((a) => a.type) ?? [], times: f?.times ?? null };
    }
    case 'overdue': {
      const e = stage?.whenOverdue[timer.index];
      const move = e?.do.find((d) => d.type === 'move');
      return {
        moveTo: move && 'to' in move ? move.to : null,
        actions: e?.do.map((d) => d.type) ?? [],
        times: null,
      };
    }
  }
}

interface Row {
  record_kind: 'deal' | 'lead';
  record_id: string;
  title: string;
  responsible_id: string;
  stage: string;
  at: Date;
  timer_kind: TimerKind;
  move_to: string | null;
  actions: string[] | string;
  occurrence: number | null;
  times: number | null;
  activity_id: string | null;
  activity_type: string | null;
  activity_subject: string | null;
  description: string;
}

/**
 * The upcoming automation across many records: the rule timers their workflows wait on
 * (pending_automation, kept by the workflows), joined to the records for their title and
 * responsible, so a manager's next follow-ups, reminders and escalations are one query.
 */
@Injectable()
export class UpcomingAutomationService {
  constructor(private readonly orm: MikroORM) {}

  /** The record's pending timers, as its workflow has them now (all of them replaced). */
  async replace(
    input: { kind: 'deal' | 'lead'; recordId: string; workflowId: string; timers: PendingTimer[] },
    rules: RuleSet | null,
  ): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      // The record's row locked against a change of hands meanwhile: one committed before is read
      // here, one after finds these rows (its trigger updates them). Locked as the report facts'
      // triggers on these rows lock it (for no key update): taken for share here, the triggers'
      // upgrade deadlocked two replacements of one record's timers.
      const [record] = await em
        .getConnection()
        .execute<{ responsible_id: string }[]>(
          `select responsible_id from "${input.kind}" where id = ? for no key update`,
          [input.recordId],
          'all',
          em.getTransactionContext(),
        );
      await em.nativeDelete(PendingAutomation, { recordId: input.recordId });
      if (!record) return;
      for (const timer of input.timers) {
        const row = em.create(PendingAutomation, {
          recordId: input.recordId,
          responsibleId: record.responsible_id,
          timerId: timer.id,
          recordKind: input.kind,
          workflowId: input.workflowId,
          at: new Date(timer.at),
          timerKind: timer.kind,
          stage: timer.stage,
          occurrence: timer.occurrence ?? null,
          activityKey: timer.activityKey ?? null,
          description: timer.description,
          ...describeTimer(rules, timer),
        });
        em.persist(row);
      }
      await em.flush();
      // The live stream tells the record's viewers (My day, its page) that what the rules will do
      // next has changed: the record's own row did not change, so its trigger said nothing.
      const column = input.kind === 'deal' ? 'deal_id' : 'lead_id';
      await em.getConnection().execute(
        `with fed as (
           insert into change_feed (kind, record_id, ${column}, responsible_ids)
           values ('automation', ?, ?, array[?]::uuid[]) returning id
         ) select pg_notify('voronka_change_feed', id::text) from fed`,
        [input.recordId, input.recordId, record.responsible_id],
        'all',
        em.getTransactionContext(),
      );
    });
  }

  async upcoming(p: Principal, q: UpcomingQuery): Promise<UpcomingAutomation[]> {
    const responsible = this.responsibleScope(p, q.responsibleId);
    const params: unknown[] = [responsible];
    let range = '';
    if (q.before) {
      range = 'and p.at < ?';
      params.push(q.before);
    }
    params.push(q.limit);
    // The person's timers in time order (one index range on responsible and time, stopped at the
    // limit; each record's archived mark read by its key on the way), then the records' titles
    // and the watched activities of those only: the cost does not grow with their records.
    const sql = `with next as (
        select p.* from pending_automation p
        where p.responsible_id = ? ${range}
          and case p.record_kind
            when 'deal' then (select d.archived_at is null from deal d where d.id = p.record_id)
            else (select l.archived_at is null from lead l where l.id = p.record_id) end
        order by p.at, p.record_id, p.timer_id
        limit ?)
      select p.record_kind, p.record_id, coalesce(d.title, l.title) as title, p.responsible_id,
        p.stage, p.at, p.timer_kind, p.move_to, p.actions, p.occurrence, p.times,
        a.id as activity_id, a.type as activity_type, a.subject as activity_subject, p.description
      from next p
      left join deal d on p.record_kind = 'deal' and d.id = p.record_id
      left join lead l on p.record_kind = 'lead' and l.id = p.record_id
      left join activity a on a.automation_key = p.workflow_id || '/' || p.activity_key
      order by p.at, p.record_id, p.timer_id`;
    const rows = await this.orm.em.fork().getConnection().execute<Row[]>(sql, params);
    return rows.map((r) => ({
      recordKind: r.record_kind,
      recordId: r.record_id,
      recordTitle: r.title,
      responsibleId: r.responsible_id,
      stage: r.stage,
      at: new Date(r.at).toISOString(),
      kind: r.timer_kind,
      moveTo: r.move_to,
      actions: typeof r.actions === 'string' ? (JSON.parse(r.actions) as string[]) : r.actions,
      occurrence: r.occurrence,
      times: r.times,
      activity:
        r.activity_id && r.activity_type && r.activity_subject
          ? { id: r.activity_id, type: r.activity_type, subject: r.activity_subject }
          : null,
      description: r.description,
    }));
  }

  /**
   * Whose records: the caller's own by default; another person's when the caller may see their
   * records (a head their team's, an admin or sales ops anyone's).
   */
  private responsibleScope(p: Principal, responsibleId: string | undefined): string {
    const id = responsibleId ?? p.userId;
    switch (p.role) {
      case 'admin':
      case 'salesops':
        return id;
      case 'head':
        if (id === p.userId || p.teamMemberIds?.includes(id)) return id;
        break;
      case 'manager':
        if (id === p.userId) return id;
        break;
    }
    throw new AccessError(
      'forbidden',
      p.role === 'head'
        ? 'responsibleId: a head sees the automation of their team only'
        : 'responsibleId: a manager sees the automation of their own records only',
    );
  }
}
