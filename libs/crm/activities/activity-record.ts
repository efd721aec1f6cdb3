import { type Activity } from './activity.entity';

/** The record an activity is bound to (its emails and reminders appear on that record's timeline). */
export function activityRecordOf(a: Activity): {
  type: 'deal' | 'lead' | 'contact' | 'company';
  id: string;
} {
  if (a.deal) return { type: 'deal', id: a.deal.id };
  if (a.lead) return { type: 'lead', id: a.lead.id };
  if (a.contact) return { type: 'contact', id: a.contact.id };
  return { type: 'company', id: a.company!.id };
}
