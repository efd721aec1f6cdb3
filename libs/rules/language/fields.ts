import { type RuleSetKind } from './rule-set';

/**
 * The fields that conditions and templates may name. `custom.<name>` under a
 * record stands for any custom field (`custom.<name>.amount` and `.currency` for the parts of a
 * money field); at publish they are checked against the custom fields defined
 * (`customFieldReferences`). Anything else is refused by the checker,
 * so that a typo fails at publish, not weeks later inside a running deal.
 */
const DEAL_FIELDS = [
  'title',
  'amount',
  'currency',
  'source',
  'probability',
  'stage',
  'expected_close_date',
];
const LEAD_FIELDS = ['title', 'name', 'email', 'phone', 'company', 'source', 'status'];
const CONTACT_FIELDS = ['name', 'first_name', 'last_name', 'email', 'phone'];
const COMPANY_FIELDS = ['name', 'industry', 'country'];
const PERSON_FIELDS = ['name', 'email'];

/** Fields conditions may name, per kind of rule set. */
export const CONDITION_FIELDS: Record<RuleSetKind, Record<string, readonly string[]>> = {
  pipeline: { deal: DEAL_FIELDS, contact: CONTACT_FIELDS, company: COMPANY_FIELDS },
  lead: { lead: LEAD_FIELDS },
};

/**
 * The fields `set_field` may set: the record's own. Not its stage (moves go through the rules),
 * its currency (a pipeline's), nor the fields of its contact or company.
 */
export const SETTABLE_FIELDS: Record<RuleSetKind, Record<string, readonly string[]>> = {
  pipeline: { deal: ['title', 'amount', 'source', 'probability', 'expected_close_date'] },
  lead: { lead: ['title', 'name', 'email', 'phone', 'company', 'source'] },
};

/** Templates may also name the people and documents involved. */
export const TEMPLATE_FIELDS: Record<RuleSetKind, Record<string, readonly string[]>> = {
  pipeline: {
    ...CONDITION_FIELDS.pipeline,
    responsible: PERSON_FIELDS,
    head: PERSON_FIELDS,
    quote: ['number', 'total', 'currency', 'valid_until', 'link'],
    invoice: ['number', 'total', 'currency', 'due_date', 'amount_due', 'link'],
    activity: ['subject', 'type', 'due_at'],
    company_name: [],
  },
  lead: {
    ...CONDITION_FIELDS.lead,
    responsible: PERSON_FIELDS,
    head: PERSON_FIELDS,
    activity: ['subject', 'type', 'due_at'],
  },
};

/**
 * The fields a quote template's texts (its intro and terms) may name: the deal it is made for,
 * with its contact and company, the responsible, and the quote being made.
 */
export const QUOTE_TEMPLATE_FIELDS: Record<string, readonly string[]> = {
  ...CONDITION_FIELDS.pipeline,
  responsible: PERSON_FIELDS,
  quote: ['number', 'total', 'currency', 'valid_until'],
  company_name: [],
};

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/** A money custom field is { amount, currency }: conditions and templates read its parts. */
const MONEY_PARTS = ['amount', 'currency'];

/** Checks a dotted path against a field list; returns a reason when it is unknown. */
export function unknownFieldReason(
  path: string[],
  fields: Record<string, readonly string[]>,
): string | undefined {
  const [root, field, ...rest] = path;
  const known = Object.keys(fields);
  if (!root || !(root in fields)) {
    return `unknown field "${path.join('.')}": it must start with ${known.map((k) => `"${k}."`).join(', ')}`;
  }
  if (field === 'custom') {
    if (rest.length >= 1 && rest.length <= 2 && IDENTIFIER.test(rest[0])) {
      if (rest.length === 1 || MONEY_PARTS.includes(rest[1])) return undefined;
    }
    return `"${path.join('.')}": a custom field is written ${root}.custom.<name> (a money field's parts: ${root}.custom.<name>.amount, .currency)`;
  }
  const own = fields[root];
  // A root without fields is a value of its own (`{{company_name}}`).
  if (own.length === 0 && field === undefined) return undefined;
  if (field === undefined || rest.length > 0 || !own.includes(field)) {
    return `unknown field "${path.join('.')}": the fields of ${root} are ${[...own, 'custom.<name>'].join(', ')}`;
  }
  return undefined;
}

/** A custom field the rules name: the record (`deal`, `lead`, `contact`, `company`) and its code. */
export interface CustomFieldReference {
  record: string;
  code: string;
}

/** The custom field a dotted path names (`deal.custom.budget.amount` → deal, budget), if any. */
export function customFieldOf(path: readonly string[]): CustomFieldReference | undefined {
  const [record, field, code] = path;
  return field === 'custom' && record && code ? { record, code } : undefined;
}
