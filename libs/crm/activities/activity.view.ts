import { type Activity } from './activity.entity';

/** An activity as the API answers it; `overdue` as of `now`. */
export function activityView(a: Activity, now = new Date()) {
  return {
    id: a.id,
    type: a.type,
    subject: a.subject,
    description: a.description ?? null,
    dueAt: a.dueAt.toISOString(),
    durationMinutes: a.durationMinutes ?? null,
    remindBeforeMinutes: a.remindBeforeMinutes ?? null,
    remindedAt: a.remindedAt?.toISOString() ?? null,
    meetingMode: a.meetingMode ?? null,
    status: a.status,
    overdue: a.status === 'planned' && a.dueAt < now,
    outcome: a.outcome ?? null,
    completedAt: a.completedAt?.toISOString() ?? null,
    dealId: a.deal?.id ?? null,
    leadId: a.lead?.id ?? null,
    automated: !!a.automationKey,
    contactId: a.contact?.id ?? null,
    companyId: a.company?.id ?? null,
    responsibleId: a.responsible.id,
    archivedAt: a.archivedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    version: a.version,
  };
}
