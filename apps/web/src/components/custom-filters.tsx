import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type CustomField } from '@/lib/custom-fields';

/** The address keeps each field's filter as `custom.<code>=<value>`, the value as the API reads it. */
export const CUSTOM_PARAM = 'custom.';

/** The currencies offered for a money filter (as the record forms offer them). */
const CURRENCIES = ['USD', 'EUR', 'RUB', 'GBP', 'KZT', 'CNY', 'JPY'];

const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d+(\.\d+)?$/;

/** Whether one end of a range is one the API takes (an empty end is; it is left open). */
function validEnd(type: CustomField['type'], end: string): boolean {
  if (end === '') return true;
  if (type === 'number') return NUMBER.test(end);
  if (type === 'date') return DATE.test(end);
  return AMOUNT.test(end);
}

/**
 * The list's `custom` filters (`seats:10..50`) of the address's `custom.<code>` values. A range
 * being typed that is not a number (an amount, a date) yet is left out until it is: the list
 * keeps showing what it showed.
 */
export function customFiltersOf(params: URLSearchParams, fields: CustomField[]): string[] {
  return fields.flatMap((f) => {
    const value = params.get(CUSTOM_PARAM + f.code)?.trim();
    if (!value) return [];
    if (f.type === 'number' || f.type === 'date') {
      if (!ends(value).every((end) => validEnd(f.type, end))) return [];
    } else if (f.type === 'money') {
      const amounts = value.split(/\s+/)[1];
      if (amounts && !ends(amounts).every((end) => validEnd('money', end))) return [];
    }
    return [`${f.code}:${value}`];
  });
}

/** `10..50` → ['10', '50']; `10` → ['10', '10'] (an exact value is a range of one). */
function ends(value: string): [string, string] {
  const at = value.indexOf('..');
  return at < 0 ? [value, value] : [value.slice(0, at), value.slice(at + 2)];
}

/** A range as the API reads it: `from..to`, either end left out; nothing when both are. */
function range(from: string, to: string): string {
  return from || to ? `${from.trim()}..${to.trim()}` : '';
}

/**
 * A filter control for each active custom field of the record type, as the API filters it
 * (docs/records.md, "Custom fields"): text by its exact value, a list by one of its options, a
 * flag yes or no, numbers and dates by a range (either end), money by currency and an amount range.
 */
export function CustomFilters({
  fields,
  value,
  onChange,
}: {
  fields: CustomField[];
  /** The address's value of a field's filter (`custom.<code>`). */
  value(code: string): string;
  onChange(code: string, next: string): void;
}) {
  const { t } = useTranslation();
  return fields.map((f) => {
    const current = value(f.code);
    const set = (next: string | null) => onChange(f.code, next ?? '');
    switch (f.type) {
      case 'list':
        return (
          <Select
            key={f.code}
            label={f.label}
            data={f.options}
            value={current || null}
            onChange={set}
            placeholder={t('records.any')}
            clearable
            w={180}
          />
        );
      case 'flag':
        return (
          <Select
            key={f.code}
            label={f.label}
            data={[
              { value: 'true', label: t('customFields.yes') },
              { value: 'false', label: t('customFields.no') },
            ]}
            value={current || null}
            onChange={set}
            placeholder={t('records.any')}
            clearable
            w={140}
          />
        );
      case 'number':
      case 'date': {
        const [from, to] = current ? ends(current) : ['', ''];
        const type = f.type === 'date' ? 'date' : 'text';
        return [
          <TextInput
            key={`${f.code}-from`}
            type={type}
            inputMode={f.type === 'number' ? 'decimal' : undefined}
            label={t('customFields.filterFrom', { field: f.label })}
            value={from}
            error={!validEnd(f.type, from.trim())}
            onChange={(e) => set(range(e.currentTarget.value, to))}
            w={150}
          />,
          <TextInput
            key={`${f.code}-to`}
            type={type}
            inputMode={f.type === 'number' ? 'decimal' : undefined}
            label={t('customFields.filterTo', { field: f.label })}
            value={to}
            error={!validEnd(f.type, to.trim())}
            onChange={(e) => set(range(from, e.currentTarget.value))}
            w={150}
          />,
        ];
      }
      case 'money': {
        const [currency = '', amounts = ''] = current.split(/\s+/);
        const [from, to] = amounts ? ends(amounts) : ['', ''];
        const money = (c: string, a: string) => (c ? `${c}${a ? ` ${a}` : ''}` : '');
        return [
          <Select
            key={`${f.code}-currency`}
            label={t('customFields.filterCurrency', { field: f.label })}
            data={CURRENCIES}
            value={currency || null}
            onChange={(c) => set(money(c ?? '', range(from, to)))}
            placeholder={t('records.any')}
            clearable
            w={150}
          />,
          ...(currency
            ? [
                <TextInput
                  key={`${f.code}-from`}
                  inputMode="decimal"
                  label={t('customFields.filterFrom', { field: f.label })}
                  value={from}
                  error={!validEnd('money', from.trim())}
                  onChange={(e) => set(money(currency, range(e.currentTarget.value, to)))}
                  w={130}
                />,
                <TextInput
                  key={`${f.code}-to`}
                  inputMode="decimal"
                  label={t('customFields.filterTo', { field: f.label })}
                  value={to}
                  error={!validEnd('money', to.trim())}
                  onChange={(e) => set(money(currency, range(from, e.currentTarget.value)))}
                  w={130}
                />,
              ]
            : []),
        ];
      }
      default:
        return (
          <TextInput
            key={f.code}
            label={f.label}
            value={current}
            onChange={(e) => set(e.currentTarget.value)}
            w={180}
          />
        );
    }
  });
}
