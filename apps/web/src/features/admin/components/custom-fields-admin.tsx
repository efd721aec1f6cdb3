import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { fieldErrors } from '@/lib/api';
import { type CustomField, type CustomRecordType, useCustomFields } from '@/lib/custom-fields';
import { type NewCustomField, useCreateCustomField, useUpdateCustomField } from '../api/admin';

const RECORD_TYPES = ['lead', 'contact', 'company', 'deal'] as const;
const TYPES = ['text', 'number', 'money', 'date', 'list', 'flag'] as const;

const optionsOf = (text: string) =>
  text
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);

/**
 * The custom fields of each record type: define one (code, label, type, required, a list's
 * options), change its label, options and required, deactivate or activate it again. A field's
 * code and type never change (records hold values by them).
 */
export function CustomFieldsAdmin() {
  const { t } = useTranslation();
  const [recordType, setRecordType] = useState<CustomRecordType>('lead');
  const fields = useCustomFields(recordType, { all: true });
  return (
    <>
      <SegmentedControl
        aria-label={t('customFields.recordType')}
        value={recordType}
        onChange={(v) => setRecordType(v as CustomRecordType)}
        data={RECORD_TYPES.map((r) => ({ value: r, label: t(`customFields.recordTypes.${r}`) }))}
        mb="md"
      />
      <DefineField recordType={recordType} key={recordType} />
      {fields.isPending ? (
        <Loading />
      ) : fields.isError ? (
        <Alert color="red" role="alert" mt="md">
          {fields.error.message}
        </Alert>
      ) : fields.data.length === 0 ? (
        <Text c="dimmed" size="sm" mt="md">
          {t('customFields.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={700} mt="md">
          <Table striped aria-label={t('customFields.admin')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('customFields.label')}</Table.Th>
                <Table.Th scope="col">{t('customFields.code')}</Table.Th>
                <Table.Th scope="col">{t('customFields.type')}</Table.Th>
                <Table.Th scope="col">{t('customFields.options')}</Table.Th>
                <Table.Th scope="col">{t('customFields.required')}</Table.Th>
                <Table.Th scope="col">{t('records.status')}</Table.Th>
                <Table.Th scope="col">{t('customFields.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.data.map((f) => (
                <FieldRow key={f.id} field={f} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

function DefineField({ recordType }: { recordType: CustomRecordType }) {
  const { t } = useTranslation();
  const create = useCreateCustomField();
  const empty = { code: '', label: '', type: 'text' as NewCustomField['type'], required: false };
  const [form, setForm] = useState(empty);
  const [options, setOptions] = useState('');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const errors = fieldErrors(create.error);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        key,
        field: {
          recordType,
          code: form.code.trim(),
          label: form.label.trim(),
          type: form.type,
          required: form.required,
          ...(form.type === 'list' ? { options: optionsOf(options) } : {}),
        },
      },
      {
        onSuccess: () => {
          setForm(empty);
          setOptions('');
          setKey(crypto.randomUUID());
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="define-field">
      <Title id="define-field" order={2} size="h4" mb="sm">
        {t('customFields.define')}
      </Title>
      <form onSubmit={submit}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('customFields.label')}
            value={form.label}
            onChange={(e) => setForm({ ...form, label: e.currentTarget.value })}
            error={errors.label}
            required
          />
          <TextInput
            label={t('customFields.code')}
            description={t('customFields.codeHint')}
            value={form.code}
            onChange={(e) => setForm({ ...form, code: e.currentTarget.value })}
            error={errors.code}
            required
          />
          <Select
            label={t('customFields.type')}
            data={TYPES.map((type) => ({ value: type, label: t(`customFields.types.${type}`) }))}
            value={form.type}
            onChange={(type) => type && setForm({ ...form, type: type as NewCustomField['type'] })}
            error={errors.type}
            allowDeselect={false}
          />
          {form.type === 'list' && (
            <Textarea
              label={t('customFields.options')}
              description={t('customFields.optionsHint')}
              value={options}
              onChange={(e) => setOptions(e.currentTarget.value)}
              error={errors.options}
              autosize
              minRows={2}
              required
            />
          )}
          <Checkbox
            label={t('customFields.required')}
            checked={form.required}
            onChange={(e) => setForm({ ...form, required: e.currentTarget.checked })}
            mt="md"
          />
        </SimpleGrid>
        {create.isError && !Object.keys(errors).length && (
          <Alert color="red" role="alert" mt="md">
            {create.error.message}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          {create.isSuccess && (
            <Text size="sm" c="teal.9" role="status">
              {t('customFields.defined', { label: create.data.label })}
            </Text>
          )}
          <Button type="submit" loading={create.isPending}>
            {t('customFields.define')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

function FieldRow({ field }: { field: CustomField }) {
  const { t } = useTranslation();
  const update = useUpdateCustomField();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(field.label);
  const [options, setOptions] = useState(field.options.join('\n'));
  const [required, setRequired] = useState(field.required);
  const errors = fieldErrors(update.error);
  const change = (changes: Parameters<typeof update.mutate>[0]['changes']) =>
    update.mutate(
      { id: field.id, version: field.version, changes },
      { onSuccess: () => setEditing(false) },
    );
  const problem = update.isError && !Object.keys(errors).length ? update.error.message : null;
  if (editing)
    return (
      <Table.Tr>
        <Table.Td>
          <TextInput
            aria-label={t('customFields.label')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            error={errors.label}
          />
        </Table.Td>
        <Table.Td>{field.code}</Table.Td>
        <Table.Td>{t(`customFields.types.${field.type}`)}</Table.Td>
        <Table.Td>
          {field.type === 'list' ? (
            <Textarea
              aria-label={t('customFields.options')}
              value={options}
              onChange={(e) => setOptions(e.currentTarget.value)}
              error={errors.options ?? problem}
              autosize
            />
          ) : (
            '—'
          )}
        </Table.Td>
        <Table.Td>
          <Checkbox
            aria-label={t('customFields.required')}
            checked={required}
            onChange={(e) => setRequired(e.currentTarget.checked)}
          />
        </Table.Td>
        <Table.Td />
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              loading={update.isPending}
              onClick={() =>
                change({
                  label: label.trim(),
                  required,
                  ...(field.type === 'list' ? { options: optionsOf(options) } : {}),
                })
              }
            >
              {t('customFields.saveField')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              {t('customFields.cancel')}
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
    );
  return (
    <Table.Tr>
      <Table.Td>{field.label}</Table.Td>
      <Table.Td>
        <code>{field.code}</code>
      </Table.Td>
      <Table.Td>{t(`customFields.types.${field.type}`)}</Table.Td>
      <Table.Td>{field.options.join(', ') || '—'}</Table.Td>
      <Table.Td>{field.required ? '✓' : ''}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={field.active ? undefined : 'gray.8'}>
          {field.active ? t('customFields.active') : t('customFields.inactive')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('customFields.edit')}
          </Button>
          <Button
            size="xs"
            variant="light"
            loading={update.isPending}
            onClick={() => change({ active: !field.active })}
          >
            {field.active ? t('customFields.deactivate') : t('customFields.activate')}
          </Button>
        </Group>
        {problem && (
          <Text size="xs" c="red.8" role="alert">
            {problem}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
