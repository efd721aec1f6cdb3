import { type RecordSnapshot } from '../../rules';
import { type Lead } from './lead.entity';

/** A lead as conditions and templates see it. */
export function leadSnapshot(lead: Lead): RecordSnapshot {
  return {
    lead: {
      title: lead.title,
      name: lead.name ?? null,
      email: lead.contactPoints.email ?? null,
      phone: lead.contactPoints.phone ?? null,
      company: lead.companyName ?? null,
      source: lead.source ?? null,
      status: lead.status,
      custom: lead.custom ?? {},
    },
  };
}
