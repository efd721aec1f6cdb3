import { type EntityManager } from '@mikro-orm/postgresql';
import { Deal } from '../../crm/deals/deal.entity';
import { dealSnapshot } from '../../crm/deals/deal-snapshot';
import { Lead } from '../../crm/leads/lead.entity';
import { leadSnapshot } from '../../crm/leads/lead-snapshot';
import { type Principal } from '../../crm/users/role';
import { type RecordSnapshot } from '../../rules';
import { type RecordKind } from '../contract/automation.contract';

/** The entity of a kind of record that runs a workflow. */
export function entityOf(kind: RecordKind): typeof Deal | typeof Lead {
  return kind === 'deal' ? Deal : Lead;
}

/** The record alone, for effects that change only its own columns (no joins). */
export function rowOf(em: EntityManager, kind: RecordKind, id: string): Promise<Deal | Lead> {
  return kind === 'deal' ? em.findOneOrFail(Deal, id) : em.findOneOrFail(Lead, id);
}

/** The record as conditions and templates see it: a deal with its contact and company. */
export function recordOf(em: EntityManager, kind: RecordKind, id: string): Promise<Deal | Lead> {
  // The responsible is not joined: only its id is read (the mail context loads the person).
  return kind === 'deal'
    ? em.findOneOrFail(Deal, id, { populate: ['contact', 'company'] })
    : em.findOneOrFail(Lead, id);
}

export function snapshotOf(record: Deal | Lead): RecordSnapshot {
  return record instanceof Deal ? dealSnapshot(record) : leadSnapshot(record);
}

/** The automation acts with an admin's reach, in the name of the record's responsible. */
export async function actingFor(
  em: EntityManager,
  kind: RecordKind,
  id: string,
): Promise<Principal> {
  const record = await rowOf(em, kind, id);
  return { userId: record.responsible.id, name: 'automation', role: 'admin', teamId: null };
}
