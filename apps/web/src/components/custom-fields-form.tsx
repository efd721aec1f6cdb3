import { Alert, Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { type UseMutationResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '@/lib/api';
import {
  type CustomRecordType,
  type CustomValues,
  customValuesOf,
  draftOf,
  useCustomFields,
} from '@/lib/custom-fields';
import { CustomFieldInputs } from './custom-field-inputs';

/**
 * A record's custom fields (those admins defined for its type), saved at the version they were
 * read at (If-Match), only those changed. The API's error about a value shows beside its field.
 * Nothing is shown when the record type has no active custom field.
 */
export function CustomFieldsForm<R extends { version: number; custom: Record<string, unknown> }>({
  recordType,
  record,
  save,
}: {
  recordType: CustomRecordType;
  record: R;
  save: UseMutationResult<R, Error, { version: number; changes: { custom?: CustomValues } }>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const fields = useCustomFields(recordType).data ?? [];
  const [base, setBase] = useState(record);
  const [draft, setDraft] = useState<Record<string, unknown> | null>(null);
  const baseDraft = draftOf(fields, base.custom);
  const form = { ...baseDraft, ...(draft ?? {}) } as typeof baseDraft;
  const changes = customValuesOf(fields, form, baseDraft);
  const dirty = Object.keys(changes).length > 0;
  if (!dirty && record.version !== base.version) {
    setBase(record);
    setDraft(null);
  }
  if (fields.length === 0) return null;
  const errors = fieldErrors(save.error);
  const stale = save.error instanceof ApiError && save.error.type === 'stale-version';
  const customErrors = Object.keys(errors).some((f) => f.startsWith('custom'));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.mutate(
      { version: base.version, changes: { custom: changes } },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setDraft(null);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title id={headingId} order={2} size="h4" mb="sm">
        {t('customFields.title')}
      </Title>
      <form onSubmit={submit}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CustomFieldInputs fields={fields} draft={form} onChange={setDraft} errors={errors} />
        </SimpleGrid>
        {stale && (
          <Alert color="red" role="alert" mt="md" title={t('recordPage.staleTitle')}>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                setBase(record);
                setDraft(null);
                save.reset();
              }}
            >
              {t('dealPage.takeTheirs')}
            </Button>
          </Alert>
        )}
        {save.isError && !stale && !customErrors && (
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
            {t('customFields.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
