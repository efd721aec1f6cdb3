import { type EntityManager } from '@mikro-orm/postgresql';
import { type CustomFieldUse } from '../checker/check-context';
import { type Problem, suggestion } from '../checker/problems';

/**
 * The custom fields rules name (`deal.custom.budget`) against those defined when the rules are
 * published: a warning for each that no active field of the record is (the condition would read
 * nothing; a field may still be defined after the rules), and for a money part read of a field
 * that is not money, or a money field compared whole. Warnings, not errors: set_field may keep
 * values of its own under a code no form shows.
 */
export async function customFieldWarnings(
  em: EntityManager,
  uses: readonly CustomFieldUse[],
): Promise<Problem[]> {
  if (uses.length === 0) return [];
  // By SQL: the definitions belong to the domain (libs/crm), which builds on the rules.
  const rows = await em
    .getConnection()
    .execute<{ record_type: string; code: string; type: string }[]>(
      'select "record_type", "code", "type" from "custom_field" where "active" order by "code"',
      [],
      'all',
      em.getTransactionContext(),
    );
  const problems: Problem[] = [];
  for (const use of uses) {
    const codes = rows.filter((r) => r.record_type === use.record).map((r) => r.code);
    const field = rows.find((r) => r.record_type === use.record && r.code === use.code);
    const name = `${use.record}.custom.${use.code}`;
    let message: string | undefined;
    if (!field)
      message = `${name} is not a custom field of ${use.record}${suggestion(use.code, codes)}; its fields: ${codes.join(', ') || 'none'}. It reads nothing until one is defined (POST /api/v1/custom-fields)`;
    else if (use.part !== undefined && field.type !== 'money')
      message = `${name} is a ${field.type} field: only a money field has .${use.part}`;
    else if (use.part === undefined && field.type === 'money')
      message = `${name} is money ({ amount, currency }): compare ${name}.amount, and check ${name}.currency`;
    if (message) problems.push({ severity: 'warning', ...use.at, message });
  }
  return problems;
}
