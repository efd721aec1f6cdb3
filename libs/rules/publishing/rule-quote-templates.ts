import { type EntityManager } from '@mikro-orm/postgresql';
import { type QuoteTemplateReference } from '../checker/check-context';
import { type Problem, suggestion } from '../checker/problems';

/**
 * The quote templates that rules name (`send_quote: { quote_template: … }`) must exist, not
 * archived, when the rules are published: a problem for each reference to one that does not,
 * where the YAML names it.
 */
export async function missingQuoteTemplates(
  em: EntityManager,
  references: readonly QuoteTemplateReference[],
): Promise<Problem[]> {
  if (references.length === 0) return [];
  // By SQL: the templates belong to the domain (libs/crm), which builds on the rules.
  const rows = await em
    .getConnection()
    .execute<{ code: string }[]>(
      'select "code" from "quote_template" where "archived_at" is null order by "code"',
      [],
      'all',
      em.getTransactionContext(),
    );
  const codes = rows.map((t) => t.code);
  const known = new Set(codes);
  return references
    .filter((r) => !known.has(r.code))
    .map((r) => ({
      severity: 'error' as const,
      ...r.at,
      message: `there is no quote template "${r.code}"${suggestion(r.code, codes)} (quote templates: ${codes.join(', ') || 'none'}); create it first (POST /api/v1/quote-templates) or name another`,
    }));
}
