import { type EntityManager } from '@mikro-orm/postgresql';
import { type Principal } from '../users/role';
import { User } from '../users/user.entity';
import { invalidField, AccessError } from '../../errors';

/** What access checks need of a record: who is responsible, and their team. */
export interface Owned {
  responsible:
    | { id: string; team?: { id: string } | null }
    | { getEntity(): { id: string; team?: { id: string } | null } };
}

function responsibleOf(record: Owned): { id: string; teamId: string | null } {
  const r = 'getEntity' in record.responsible ? record.responsible.getEntity() : record.responsible;
  return { id: r.id, teamId: r.team?.id ?? null };
}

/**
 * Who sees and changes which records, as in the CRM this is modelled on:
 * a manager the records they are responsible for, a head those of their
 * team, an admin all; sales ops read all and change none; integrations
 * reach no records through these routes.
 */
export const AccessPolicy = {
  /** A condition on `responsible` that limits a list to what the caller may read. */
  readScope(p: Principal): Record<string, unknown> {
    switch (p.role) {
      case 'admin':
      case 'salesops':
        return {};
      case 'head':
        // The member ids come with the principal (resolved with the key): `responsible in (…)`
        // uses the indexes, a join would not. A head without a team sees their own records.
        return p.teamMemberIds
          ? { responsible: { $in: p.teamMemberIds } }
          : { responsible: p.userId };
      case 'manager':
        return { responsible: p.userId };
      default:
        return { id: null };
    }
  },

  canRead(p: Principal, record: Owned): boolean {
    const r = responsibleOf(record);
    switch (p.role) {
      case 'admin':
      case 'salesops':
        return true;
      case 'head':
        return r.id === p.userId || (p.teamId !== null && r.teamId === p.teamId);
      case 'manager':
        return r.id === p.userId;
      default:
        return false;
    }
  },

  canWrite(p: Principal, record: Owned): boolean {
    if (p.role === 'salesops' || p.role === 'integration') return false;
    return this.canRead(p, record);
  },

  assertRead(p: Principal, record: Owned, what: string): void {
    if (!this.canRead(p, record))
      throw new AccessError('forbidden', `${what} is not among the records you may see`);
  },

  assertWrite(p: Principal, record: Owned, what: string): void {
    if (!this.canWrite(p, record)) {
      throw new AccessError(
        'forbidden',
        p.role === 'salesops'
          ? 'sales ops read records but do not change them'
          : `${what} is not among the records you may change`,
      );
    }
  },

  /**
   * The user to make responsible: the caller by default. A manager may name
   * only themselves, a head someone in their team, an admin anyone active.
   */
  async responsibleFor(
    em: EntityManager,
    p: Principal,
    responsibleId: string | undefined,
    field = 'responsibleId',
  ): Promise<User> {
    // Sales ops work on the rules, not on records; an integration's leads are its own until the
    // rules assign them.
    if (p.role === 'salesops')
      throw new AccessError('forbidden', 'sales ops read records but do not create or change them');
    // The caller themselves: authenticated as an active user moments ago (the principal cache).
    if (!responsibleId || responsibleId === p.userId) return em.getReference(User, p.userId);
    const id = responsibleId;
    const user = await em.findOne(User, { id }, { populate: ['team'] });
    if (!user || !user.active) throw invalidField(field, `no active user ${id}`);
    const teamId = user.team?.id ?? null;
    const allowed =
      p.role === 'admin' ||
      p.role === 'integration' ||
      id === p.userId ||
      (p.role === 'head' && p.teamId !== null && teamId === p.teamId);
    if (!allowed) {
      throw new AccessError(
        'forbidden',
        p.role === 'head'
          ? `${field}: a head assigns only people of their team`
          : `${field}: a manager is responsible for their own records only`,
      );
    }
    return user;
  },
};
