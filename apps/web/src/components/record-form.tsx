import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type UseMutationResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '@/lib/api';
import { type CustomValues } from '@/lib/custom-fields';

/** One text field of a record, by the name the API gives it. */
export interface FormField {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  /** Cannot be emptied (sent as typed); the others are cleared (null) when emptied. */
  required?: boolean;
  /** Picked from these (a catalogue's codes) rather than typed. */
  options?: { value: string; label: string }[];
}

/** The record's values as the form shows them: an absent value is an empty field. */
type Values = Record<string, string>;

/** A record's changed fields; `custom`, its custom values (CustomFieldsForm). */
export type Changes = Record<string, string | null | CustomValues>;

export interface SaveRequest {
  version: number;
  changes: Changes;
}

function valuesOf(record: object, fields: FormField[]): Values {
  const values = record as Record<string, unknown>;
  return Object.fromEntries(
    fields.map((f) => [
      f.name,
      typeof values[f.name] === 'string' ? (values[f.name] as string) : '',
    ]),
  );
}

/**
 * A record's own fields (a lead's, a contact's, a company's), saved at the version they were read
 * at (If-Match). The API's field errors show beside their fields; when someone changed the record
 * meanwhile the save is refused, their values are listed, and nothing is overwritten until you
 * take theirs. While nothing is typed, a live change refills the form.
 */
export function RecordForm<R extends { version: number }>({
  title,
  fields,
  record,
  save,
}: {
  title: string;
  fields: FormField[];
  record: R;
  save: UseMutationResult<R, Error, SaveRequest>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [base, setBase] = useState(record);
  const [form, setForm] = useState(() => valuesOf(record, fields));
  const baseValues = valuesOf(base, fields);
  const dirty = fields.some((f) => form[f.name] !== baseValues[f.name]);
  if (!dirty && record.version !== base.version) {
    setBase(record);
    setForm(valuesOf(record, fields));
  }
  const errors = fieldErrors(save.error);
  const stale = save.error instanceof ApiError && save.error.type === 'stale-version';
  const theirs = valuesOf(record, fields);
  const differing = stale ? fields.filter((f) => theirs[f.name] !== baseValues[f.name]) : [];

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const changes: Changes = {};
    for (const f of fields) {
      if (form[f.name] === baseValues[f.name]) continue;
      const value = form[f.name].trim();
      changes[f.name] = value || f.required ? value : null;
    }
    save.mutate(
      { version: base.version, changes },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setForm(valuesOf(saved, fields));
        },
      },
    );
  };
  const takeTheirs = () => {
    setBase(record);
    setForm(valuesOf(record, fields));
    save.reset();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title id={headingId} order={2} size="h4" mb="sm">
        {title}
      </Title>
      <form onSubmit={submit}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {fields.map((f) =>
            f.options ? (
              <Select
                key={f.name}
                label={f.label}
                data={f.options}
                value={form[f.name] || null}
                onChange={(value) => setForm((current) => ({ ...current, [f.name]: value ?? '' }))}
                error={errors[f.name]}
                required={f.required}
                searchable
                clearable={!f.required}
              />
            ) : (
              <TextInput
                key={f.name}
                type={f.type ?? 'text'}
                label={f.label}
                value={form[f.name]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setForm((current) => ({ ...current, [f.name]: value }));
                }}
                error={errors[f.name]}
                required={f.required}
              />
            ),
          )}
        </SimpleGrid>
        {stale && (
          <Alert color="red" role="alert" mt="md" title={t('recordPage.staleTitle')}>
            <Text size="sm">{t('recordPage.staleText')}</Text>
            {differing.length > 0 && (
              <List size="sm" mt="xs">
                {differing.map((f) => (
                  <List.Item key={f.name}>
                    {t('dealPage.theirValue', { field: f.label, value: theirs[f.name] || '—' })}
                  </List.Item>
                ))}
              </List>
            )}
            <Button size="xs" mt="sm" variant="light" onClick={takeTheirs}>
              {t('dealPage.takeTheirs')}
            </Button>
          </Alert>
        )}
        {save.isError && !stale && !Object.keys(errors).length && (
          <Alert color="red" role="alert" mt="md">
            {save.error.message}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          {save.isSuccess && !dirty && (
            <Text size="sm" c="teal.9" role="status">
              {t('dealPage.saved')}
            </Text>
          )}
          <Button type="submit" disabled={!dirty} loading={save.isPending}>
            {t('dealPage.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
