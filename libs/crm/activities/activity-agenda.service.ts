import { Injectable } from '@nestjs/common';
import { type FilterQuery, MikroORM } from '@mikro-orm/postgresql';
import { AccessPolicy } from '../auth/access-policy';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate } from '../lists/pagination';
import { and } from '../records/records';
import { type Principal } from '../users/role';
import { ACTIVITY_SORTS } from './activities.service';
import { Activity } from './activity.entity';
import { dayBounds } from './day-bounds';

/**
 * A user's agenda: the planned activities due today (in their time zone) or overdue, and the
 * counters the CRM shows each manager.
 */
@Injectable()
export class ActivityAgendaService {
  constructor(private readonly orm: MikroORM) {}

  /** Planned activities of one user due today (in `timeZone`), or overdue now. */
  list(
    p: Principal,
    which: 'today' | 'overdue',
    q: ListQueryDto & { userId?: string; timeZone?: string },
    now = new Date(),
  ): Promise<Page<Activity>> {
    return paginate(
      this.orm.em.fork(),
      Activity,
      this.agendaWhere(p, which, q.userId, q.timeZone, now) as FilterQuery<Activity>,
      {
        limit: q.limit,
        cursor: q.cursor,
        offset: q.offset,
        sort: q.sort ?? 'dueAt',
      },
      ACTIVITY_SORTS,
    );
  }

  /**
   * The CRM's counters: how many planned activities are due today, how many are overdue, and how
   * many open deals and leads have nothing planned at all.
   */
  async counters(
    p: Principal,
    userId: string | undefined,
    timeZone: string | undefined,
    now = new Date(),
  ): Promise<{ today: number; overdue: number; nothingPlanned: number }> {
    const em = this.orm.em.fork();
    const who = userId ?? p.userId;
    // Within what the caller may see, as the agenda's scope says (a manager: their own).
    const visible =
      who === p.userId ||
      p.role === 'admin' ||
      p.role === 'salesops' ||
      (p.role === 'head' && !!p.teamMemberIds?.includes(who));
    const unplanned = (table: 'deal' | 'lead') =>
      em
        .getConnection()
        .execute<{ n: string }[]>(
          `select count(*) as n from "${table}" r where r.responsible_id = ? and r.archived_at is null and r.outcome = 'open' and not exists (select 1 from activity a where a.${table}_id = r.id and a.status = 'planned' and a.archived_at is null)`,
          [who],
        )
        .then((rows) => (visible ? Number(rows[0]?.n ?? 0) : 0));
    const [today, overdue, deals, leads] = await Promise.all([
      em.count(
        Activity,
        this.agendaWhere(p, 'today', userId, timeZone, now) as FilterQuery<Activity>,
      ),
      em.count(
        Activity,
        this.agendaWhere(p, 'overdue', userId, timeZone, now) as FilterQuery<Activity>,
      ),
      unplanned('deal'),
      unplanned('lead'),
    ]);
    return { today, overdue, nothingPlanned: deals + leads };
  }

  private agendaWhere(
    p: Principal,
    which: 'today' | 'overdue',
    userId: string | undefined,
    timeZone: string | undefined,
    now: Date,
  ) {
    const { start, end } = dayBounds(now, timeZone ?? 'UTC');
    return and(AccessPolicy.readScope(p), {
      responsible: userId ?? p.userId,
      status: 'planned',
      archivedAt: null,
      dueAt: which === 'today' ? { $gte: start, $lt: end } : { $lt: now },
    });
  }
}
