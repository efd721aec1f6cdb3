import { type RecordSnapshot } from '../../rules';
import { type Deal } from './deal.entity';

/** A deal as conditions and templates see it (its contact and company loaded). */
export function dealSnapshot(deal: Deal): RecordSnapshot {
  const contact = deal.contact?.getEntity();
  const company = deal.company?.getEntity();
  return {
    deal: {
      title: deal.title,
      amount: deal.amount,
      currency: deal.currency,
      source: deal.source ?? null,
      probability: deal.probability ?? null,
      stage: deal.stage,
      expected_close_date: deal.expectedCloseDate ?? null,
      custom: deal.custom ?? {},
    },
    ...(contact
      ? {
          contact: {
            name: contact.name,
            first_name: contact.firstName,
            last_name: contact.lastName ?? null,
            email: contact.contactPoints.email ?? null,
            phone: contact.contactPoints.phone ?? null,
            custom: contact.custom ?? {},
          },
        }
      : {}),
    ...(company
      ? {
          company: {
            name: company.name,
            industry: company.industry ?? null,
            country: company.country ?? null,
            custom: company.custom ?? {},
          },
        }
      : {}),
  };
}
