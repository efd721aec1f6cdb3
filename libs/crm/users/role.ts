/**
 * Roles, as in the CRM this is modelled on: a manager works the records they
 * are responsible for, a head of sales those of their team, an admin all;
 * sales ops read all and own the rules; integration keys reach only the
 * integration endpoints and lead creation.
 */
export const ROLES = ['admin', 'salesops', 'head', 'manager', 'integration'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: resolved from the API key or the session cookie on every request. */
export interface Principal {
  userId: string;
  name: string;
  role: Role;
  teamId: string | null;
  /** The API key the request came with (webhooks check its signing secret). */
  apiKeyId?: string;
  /** The web app's session the request came with (sign-out ends it). */
  sessionId?: string;
  /** Heads: the users of their team (themselves included), to scope lists without a join. */
  teamMemberIds?: string[];
}

/**
 * The automation acts with an admin's reach, in the name of the record's responsible: what rules
 * do (convert a lead, issue an invoice) is done for the person the record belongs to.
 */
export function automationPrincipal(record: { responsible: { id: string } }): Principal {
  return { userId: record.responsible.id, name: 'automation', role: 'admin', teamId: null };
}
