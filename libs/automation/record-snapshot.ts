import { type Deal } from '../crm/deals/deal.entity';
import { type Lead } from '../crm/leads/lead.entity';
import { renderText } from '../mail/render-email';
import { type RecordSnapshot } from '../rules';
import { type AutomationView } from './automation.contract';

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
            email: contact.email ?? null,
            phone: contact.phone ?? null,
          },
        }
      : {}),
    ...(company
      ? {
          company: {
            name: company.name,
            industry: company.industry ?? null,
            country: company.country ?? null,
          },
        }
      : {}),
  };
}

/** A lead as conditions and templates see it. */
export function leadSnapshot(lead: Lead): RecordSnapshot {
  return {
    lead: {
      title: lead.title,
      name: lead.name ?? null,
      email: lead.email ?? null,
      phone: lead.phone ?? null,
      company: lead.companyName ?? null,
      source: lead.source ?? null,
      status: lead.status,
      custom: lead.custom ?? {},
    },
  };
}

/**
 * The view with the texts the rules wrote as templates (a follow-up's subject, and the timers
 * that mention it) rendered for the record, as its activities are: `Call {{lead.name}}` reads
 * `Call Ann`. A text that does not render stays as written.
 */
export function renderedView(view: AutomationView, snapshot: RecordSnapshot): AutomationView {
  const render = (text: string) => {
    if (!text.includes('{{')) return text;
    try {
      return renderText(text, snapshot);
    } catch {
      return text;
    }
  };
  return {
    ...view,
    pendingTimers: view.pendingTimers.map((t) => ({ ...t, description: render(t.description) })),
    openFollowUps: view.openFollowUps.map((f) => ({ ...f, subject: render(f.subject) })),
  };
}
