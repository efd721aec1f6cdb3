import { Checkbox, Group, NativeSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type CustomDraft, type CustomField } from '@/lib/custom-fields';

/** The currencies offered for a money field (any ISO code may be typed through the API). */
const CURRENCIES = ['USD', 'EUR', 'RUB', 'GBP', 'KZT', 'CNY', 'JPY'];

/**
 * The inputs of a record type's custom fields, each as its type asks (a text, a number, a date, a
 * list, a checkbox, an amount with its currency), with the API's error about it (`custom.<code>`)
 * beside it.
 */
export function CustomFieldInputs({
  fields,
  draft,
  onChange,
  errors,
}: {
  fields: CustomField[];
  draft: CustomDraft;
  onChange(next: CustomDraft): void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const set = (code: string, value: CustomDraft[string]) => onChange({ ...draft, [code]: value });
  return fields.map((f) => {
    const error = errors[`custom.${f.code}`];
    const value = draft[f.code];
    switch (f.type) {
      case 'flag':
        return (
          <Checkbox
            key={f.code}
            label={f.label}
            checked={value === true}
            onChange={(e) => set(f.code, e.currentTarget.checked)}
            error={error}
            mt="md"
          />
        );
      case 'list':
        return (
          <Select
            key={f.code}
            label={f.label}
            data={f.options}
            value={typeof value === 'string' && value !== '' ? value : null}
            onChange={(v) => set(f.code, v ?? '')}
            error={error}
            required={f.required}
            clearable={!f.required}
            placeholder={t('customFields.pick')}
          />
        );
      case 'money': {
        const money = (value ?? { amount: '', currency: '' }) as {
          amount: string;
          currency: string;
        };
        return (
          <Group key={f.code} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              label={f.label}
              value={money.amount}
              inputMode="decimal"
              onChange={(e) => set(f.code, { ...money, amount: e.currentTarget.value })}
              error={error}
              required={f.required}
              style={{ flex: 1 }}
            />
            <NativeSelect
              label={t('customFields.currency', { field: f.label })}
              data={['', ...new Set([...CURRENCIES, ...(money.currency ? [money.currency] : [])])]}
              value={money.currency}
              onChange={(e) => set(f.code, { ...money, currency: e.currentTarget.value })}
              w={100}
            />
          </Group>
        );
      }
      default:
        return (
          <TextInput
            key={f.code}
            type={f.type === 'date' ? 'date' : 'text'}
            inputMode={f.type === 'number' ? 'decimal' : undefined}
            label={f.label}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(f.code, e.currentTarget.value)}
            error={error}
            required={f.required}
          />
        );
    }
  });
}
