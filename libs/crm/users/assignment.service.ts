import { Injectable, Logger } from '@nestjs/common';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type Assignee } from '../../rules';
import { Team } from './team.entity';
import { User } from './user.entity';

/**
 * Who the rules make responsible: a named user, the next active manager or head of a team in
 * turn (round robin), or the record's responsible as it is. A named user who is gone or a team
 * without active members keeps the responsible, with a warning: an assignment never stops a deal.
 */
@Injectable()
export class AssignmentService {
  private readonly logger = new Logger('Assignment');

  async resolve(em: EntityManager, assignee: Assignee, responsibleId: string): Promise<User> {
    if (assignee.kind === 'user') {
      const user = await em.findOne(User, {
        $or: [{ email: assignee.user }, { name: assignee.user }],
        active: true,
      });
      if (user) return user;
      this.logger.warn(`assignee ${assignee.user} not found or inactive; keeping the responsible`);
    }
    if (assignee.kind === 'round_robin') {
      const next = await this.nextInTeam(em, assignee.team);
      if (next) return next;
      this.logger.warn(
        `round robin: team "${assignee.team}" has no active members; keeping the responsible`,
      );
    }
    return em.findOneOrFail(User, responsibleId);
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
