import { Injectable, Logger } from '@nestjs/common';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type Assignee } from '../../rules';
import { Team } from './team.entity';
import { User } from './user.entity';

/** How often one assignment warning is logged at most. */
const WARN_EVERY_MS = 10 * 60_000;

/**
 * Who the rules make responsible: a named user, the next active manager or head of a team in
 * turn (round robin), or the record's responsible as it is. A named user who is gone or a team
 * without active members keeps the responsible, with a warning: an assignment never stops a deal.
 */
@Injectable()
export class AssignmentService {
  private readonly logger = new Logger('Assignment');
  /** When each warning was last logged, and how many repeats were not since. */
  private readonly warned = new Map<string, { at: number; repeats: number }>();

  async resolve(em: EntityManager, assignee: Assignee, responsibleId: string): Promise<User> {
    if (assignee.kind === 'user') {
      const user = await em.findOne(User, {
        $or: [{ email: assignee.user }, { name: assignee.user }],
        active: true,
      });
      if (user) return user;
      this.warnOnce(`assignee ${assignee.user} not found or inactive; keeping the responsible`);
    }
    if (assignee.kind === 'round_robin') {
      const next = await this.nextInTeam(em, assignee.team);
      if (next) return next;
      this.warnOnce(
        `round robin: team "${assignee.team}" has no active members; keeping the responsible`,
      );
    }
    return em.findOneOrFail(User, responsibleId);
  }

  /**
   * A rules mistake repeats for every record the rule runs on: logged once per
   * WARN_EVERY_MS, with how many times it happened meanwhile.
   */
  private warnOnce(message: string): void {
    const now = Date.now();
    const last = this.warned.get(message);
    if (last && now - last.at < WARN_EVERY_MS) {
      last.repeats += 1;
      return;
    }
    const repeats = last?.repeats ? ` (and ${last.repeats} time(s) since the last warning)` : '';
    this.warned.set(message, { at: now, repeats: 0 });
    this.logger.warn(`${message}${repeats}`);
  }

  /** A responsible and the active head of their team (the earliest, if several), for templates. */
  async responsibleAndHead(
    em: EntityManager,
    responsibleId: string,
  ): Promise<{ responsible: User; head: User | null }> {
    const responsible = await em.findOneOrFail(User, responsibleId, { populate: ['team'] });
    const head = responsible.team
      ? await em.findOne(
          User,
          { team: responsible.team.id, role: 'head', active: true },
          { orderBy: { createdAt: 'asc' } },
        )
      : null;
    return { responsible, head };
  }

  /** Round robin: the active managers and heads of the team in turn (a counter per team). */
  private async nextInTeam(em: EntityManager, teamName: string): Promise<User | null> {
    const team = await em.findOne(Team, { name: teamName });
    if (!team) return null;
    const members = await em.find(
      User,
      { team: team.id, active: true, role: { $in: ['manager', 'head'] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    if (members.length === 0) return null;
    // Advanced atomically: concurrent assignments in one team each get their own turn.
    const [row] = await em.getConnection().execute<{ turn: number }[]>(
      `insert into "round_robin_turn" ("team_id", "turn") values (?, 0)
         on conflict ("team_id") do update set "turn" = "round_robin_turn"."turn" + 1
         returning "turn"`,
      [team.id],
      'all',
      em.getTransactionContext(),
    );
    return members[Number(row.turn) % members.length];
  }
}
