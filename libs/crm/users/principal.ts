import { type EntityManager } from '@mikro-orm/postgresql';
import { type Principal } from './role';
import { User } from './user.entity';

/** Who a user is to the access rules: role, team and, for a head, the team's members. */
export async function principalOf(
  em: EntityManager,
  user: User,
  via: Pick<Principal, 'apiKeyId' | 'sessionId'>,
): Promise<Principal> {
  const teamId = user.team?.id ?? null;
  const principal: Principal = {
    userId: user.id,
    name: user.name,
    role: user.role,
    teamId,
    ...via,
  };
  if (user.role === 'head' && teamId) {
    const members = await em.find(User, { team: teamId }, { fields: ['id'] });
    principal.teamMemberIds = [...new Set([user.id, ...members.map((m) => m.id)])];
  }
  return principal;
}
