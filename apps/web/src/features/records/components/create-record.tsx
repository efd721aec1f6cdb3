import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CustomFieldInputs } from '@/components/custom-field-inputs';
import { ApiError, type DuplicateMatch, fieldErrors } from '@/lib/api';
import { sourceOptions, useLeadSources } from '@/lib/lead-sources';
import { type CustomDraft, customValuesOf, draftOf, useCustomFields } from '@/lib/custom-fields';
import { type NewRecordKind, useCreateRecord } from '../api/records';

interface Field {
  name: string;
  label: string;
  type?: 'email' | 'tel' | 'url';
  required?: boolean;
  /** Picked from these (a catalogue's codes) rather than typed. */
  options?: { value: string; label: string }[];
}

/** Where a record of each kind is shown. */
const PAGE: Record<NewRecordKind, string> = {
  lead: '/leads',
  contact: '/contacts',
  company: '/companies',
};

/** "New lead", "New contact", "New company": a button and its form in a dialog. */
export function CreateRecordButton({ kind }: { kind: NewRecordKind }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>{t(`duplicates.new.${kind}`)}</Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ 'aria-label': t('app.close') }}
        title={t(`duplicates.new.${kind}`)}
      >
        {opened && <CreateForm kind={kind} />}
      </Modal>
    </>
  );
}

/**
 * The new record's fields. When the API says records like it exist (409 `duplicate-record`), they
 * are listed with links, and "Create anyway" sends the same fields again with `allowDuplicate`.
 */
function CreateForm({ kind }: { kind: NewRecordKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRecord(kind);
  const [form, setForm] = useState<Record<string, string>>({});
  const sources = useLeadSources();
  const customFields = useCustomFields(kind).data ?? [];
  const [customDraft, setCustom] = useState<CustomDraft>({});
  const custom = { ...draftOf(customFields, {}), ...customDraft };
  const fields: Record<NewRecordKind, Field[]> = {
    lead: [
      { name: 'title', label: t('records.title'), required: true },
      { name: 'name', label: t('records.person') },
      { name: 'email', label: t('records.email'), type: 'email' },
      { name: 'phone', label: t('records.phone'), type: 'tel' },
      { name: 'companyName', label: t('records.company') },
      { name: 'source', label: t('records.source'), options: sourceOptions(sources.data ?? []) },
    ],
    contact: [
      { name: 'firstName', label: t('customerPage.firstName'), required: true },
      { name: 'lastName', label: t('customerPage.lastName') },
      { name: 'position', label: t('records.position') },
      { name: 'email', label: t('records.email'), type: 'email' },
      { name: 'phone', label: t('records.phone'), type: 'tel' },
    ],
    company: [
      { name: 'name', label: t('records.name'), required: true },
      { name: 'industry', label: t('records.industry') },
      { name: 'email', label: t('records.email'), type: 'email' },
      { name: 'phone', label: t('records.phone'), type: 'tel' },
      { name: 'website', label: t('customerPage.website'), type: 'url' },
    ],
  };
  const errors = fieldErrors(create.error);
  const matches =
    create.error instanceof ApiError && create.error.type === 'duplicate-record'
      ? create.error.matches
      : [];

  const send = (allowDuplicate: boolean) => {
    const body: Record<string, unknown> = {};
    for (const f of fields[kind]) {
      const value = form[f.name]?.trim();
      if (value) body[f.name] = value;
    }
    const customValues = customValuesOf(customFields, custom);
    if (Object.keys(customValues).length) body.custom = customValues;
    if (allowDuplicate) body.allowDuplicate = true;
    create.mutate(body, {
      onSuccess: (record) => void navigate(`${PAGE[kind]}/${record.id}`),
    });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        send(false);
      }}
    >
      <Stack>
        {fields[kind].map((f, i) =>
          f.options ? (
            <Select
              key={f.name}
              label={f.label}
              data={f.options}
              value={form[f.name] || null}
              onChange={(value) => {
                setForm((current) => ({ ...current, [f.name]: value ?? '' }));
                if (matches.length) create.reset();
              }}
              error={errors[f.name]}
              searchable
              clearable
            />
          ) : (
            <TextInput
              key={f.name}
              type={f.type ?? 'text'}
              label={f.label}
              value={form[f.name] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setForm((current) => ({ ...current, [f.name]: value }));
                // What was found was for the fields as they were.
                if (matches.length) create.reset();
              }}
              error={errors[f.name]}
              required={f.required}
              data-autofocus={i === 0 || undefined}
            />
          ),
        )}
        <CustomFieldInputs
          fields={customFields}
          draft={custom}
          onChange={setCustom}
          errors={errors}
        />
        {matches.length > 0 ? (
          <DuplicateMatches matches={matches} onCreateAnyway={() => send(true)} />
        ) : (
          create.isError &&
          !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {create.error.message}
            </Alert>
          )
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} disabled={matches.length > 0}>
            {t('duplicates.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DuplicateMatches({
  matches,
  onCreateAnyway,
}: {
  matches: DuplicateMatch[];
  onCreateAnyway(): void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      role="alert"
      title={t('duplicates.foundTitle', { count: matches.length })}
      // The kit's yellow title is too pale to read on its background.
      styles={{ title: { color: 'var(--mantine-color-black)' } }}
    >
      <Text size="sm">{t('duplicates.foundText')}</Text>
      <List size="sm" mt="xs">
        {matches.map((m) => (
          <List.Item key={`${m.kind}-${m.id}`}>
            <Anchor component={Link} to={`${PAGE[m.kind]}/${m.id}`} size="sm">
              {m.name}
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              {t(`duplicates.sameField.${m.field}`)}
            </Text>
          </List.Item>
        ))}
      </List>
      <Button size="xs" mt="sm" variant="default" onClick={onCreateAnyway}>
        {t('duplicates.createAnyway')}
      </Button>
    </Alert>
  );
}
