import { type EntityManager, type EntityName } from '@mikro-orm/postgresql';
import { Company } from '../companies/company.entity';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';
import { Lead } from '../leads/lead.entity';
import { type CrmRecord } from '../records/crm-record.entity';
import { findRecord } from '../records/records';
import { type Principal } from '../users/role';
import { type TimelineRecordType } from './comment.entity';

const ENTITIES: Record<TimelineRecordType, EntityName<CrmRecord>> = {
  lead: Lead,
  deal: Deal,
  contact: Contact,
  company: Company,
};

/** The lead, deal, contact or company, if the caller may read it (404, 403 otherwise). */
export function readableRecord(
  em: EntityManager,
  p: Principal,
  type: TimelineRecordType,
  id: string,
): Promise<CrmRecord> {
  return findRecord(em, ENTITIES[type], id, p, type);
}
