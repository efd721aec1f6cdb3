import { type Lead } from './lead.entity';

/** A lead as the API answers it. */
export function leadView(l: Lead) {
  return {
    id: l.id,
    title: l.title,
    name: l.name ?? null,
    email: l.contactPoints.email ?? null,
    phone: l.contactPoints.phone ?? null,
    companyName: l.companyName ?? null,
    source: l.source ?? null,
    ruleSetId: l.ruleSetId,
    rulesVersion: l.rulesVersion,
    status: l.status,
    outcome: l.outcome,
    custom: l.custom,
    responsibleId: l.responsible.id,
    convertedAt: l.convertedAt?.toISOString() ?? null,
    convertedDealId: l.convertedDealId ?? null,
    convertedContactId: l.convertedContactId ?? null,
    convertedCompanyId: l.convertedCompanyId ?? null,
    archivedAt: l.archivedAt?.toISOString() ?? null,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
    version: l.version,
  };
}
