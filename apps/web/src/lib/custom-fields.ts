import { useQuery } from '@tanstack/react-query';
import { answer, client, type Schemas } from './api';

export type CustomField = Schemas['CustomField'];
export type CustomRecordType = CustomField['recordType'];
/** A record's custom values as the API takes them (a map by field code; null clears one). */
export type CustomValues = NonNullable<Schemas['UpdateLead']['custom']>;
type Money = { amount: string; currency: string };

/**
 * A custom value as a form holds it: a text for text, number, date and list fields (what was
 * typed, so the API's error about it shows beside it), a boolean for a flag, an amount and a
 * currency for money.
 */
export type CustomDraftValue = string | boolean | Money;
export type CustomDraft = Record<string, CustomDraftValue>;

/** The definitions of a record type's fields (everyone reads them), in form order. */
export function useCustomFields(
  recordType: CustomRecordType,
  options: { all?: boolean; enabled?: boolean } = {},
) {
  const query = { recordType, limit: 200, ...(options.all ? {} : { active: true }) };
  return useQuery({
    queryKey: ['/api/v1/custom-fields', query],
    enabled: options.enabled ?? true,
    queryFn: () => answer(client.GET('/api/v1/custom-fields', { params: { query } })),
    select: (page) => page.items,
  });
}

/** The form's values of a record's custom values (none: empty, unset, no currency picked). */
export function draftOf(fields: CustomField[], custom: Record<string, unknown>): CustomDraft {
  return Object.fromEntries(
    fields.map((f) => {
      const value = custom[f.code];
      if (f.type === 'flag') return [f.code, value === true];
      if (f.type === 'money') {
        const money = (value ?? {}) as Partial<Money>;
        return [f.code, { amount: money.amount ?? '', currency: money.currency ?? '' }];
      }
      if (f.type === 'number') return [f.code, typeof value === 'number' ? String(value) : ''];
      return [f.code, typeof value === 'string' ? value : ''];
    }),
  );
}

/** One draft value as the API takes it: null when empty; a number typed wrong goes as typed. */
function valueOf(field: CustomField, draft: CustomDraftValue | undefined): CustomValues[string] {
  if (field.type === 'flag') return draft === true;
  if (field.type === 'money') {
    const money = (draft ?? { amount: '', currency: '' }) as Money;
    const amount = money.amount.trim();
    return amount === '' && money.currency === '' ? null : { amount, currency: money.currency };
  }
  const text = typeof draft === 'string' ? draft.trim() : '';
  if (text === '') return null;
  if (field.type === 'number') {
    const number = Number(text.replace(',', '.'));
    // What cannot be a number is sent as typed: the API says what is wrong, beside the field.
    return Number.isFinite(number) ? number : text;
  }
  return text;
}

/**
 * The custom values to send: on a create, those with a value (a flag only when set); on a change
 * (`base` given), those that differ from the base, cleared ones as null.
 */
export function customValuesOf(
  fields: CustomField[],
  draft: CustomDraft,
  base?: CustomDraft,
): CustomValues {
  const values: CustomValues = {};
  for (const f of fields) {
    const value = valueOf(f, draft[f.code]);
    if (base) {
      if (JSON.stringify(value) !== JSON.stringify(valueOf(f, base[f.code])))
        values[f.code] = value;
    } else if (value !== null && value !== false) values[f.code] = value;
  }
  return values;
}
