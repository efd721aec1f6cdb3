import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { fieldErrors } from '@/lib/api';
import {
  useCreateWebForm,
  useDeactivateWebForm,
  useFormChoices,
  useWebForms,
  type WebForm,
  type WebFormFieldName,
} from '../api/web-forms';

const LEAD_FIELDS: WebFormFieldName[] = ['name', 'email', 'phone', 'companyName', 'title'];

/** Sales ops' web forms: the forms with their public pages and snippets, and a new one. */
export function WebFormsScreen() {
  const { t } = useTranslation();
  const forms = useWebForms();
  const [shown, setShown] = useState<WebForm | null>(null);
  return (
    <Page title={t('webForms.title')}>
      <Text size="sm">{t('webForms.intro')}</Text>
      {forms.isPending ? (
        <Loading />
      ) : forms.isError ? (
        <Alert color="red" role="alert">
          {forms.error.message}
        </Alert>
      ) : (
        <FormList forms={forms.data} onEmbed={setShown} />
      )}
      {shown && <Snippet form={shown} />}
      <NewForm onCreated={setShown} />
    </Page>
  );
}

function FormList({ forms, onEmbed }: { forms: WebForm[]; onEmbed(form: WebForm): void }) {
  const { t } = useTranslation();
  const deactivate = useDeactivateWebForm();
  if (!forms.length) return <Text c="dimmed">{t('webForms.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped aria-label={t('webForms.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('webForms.name')}</Table.Th>
            <Table.Th scope="col">{t('webForms.fields')}</Table.Th>
            <Table.Th scope="col">{t('webForms.source')}</Table.Th>
            <Table.Th scope="col">{t('webForms.page')}</Table.Th>
            <Table.Th scope="col">{t('webForms.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {forms.map((form) => (
            <Table.Tr key={form.id} data-form-id={form.id}>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm">{form.name}</Text>
                  {!form.active && (
                    <Badge color="gray" variant="light">
                      {t('webForms.inactive')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {form.fields.map((f) => t(`webForms.leadFields.${f.field}`)).join(', ')}
              </Table.Td>
              <Table.Td>{form.source ?? '—'}</Table.Td>
              <Table.Td>
                {form.active ? (
                  <Anchor href={form.url} target="_blank" rel="noreferrer" size="sm">
                    {t('webForms.open', { name: form.name })}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {form.active && (
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => onEmbed(form)}>
                      {t('webForms.embed')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={deactivate.isPending && deactivate.variables?.id === form.id}
                      aria-label={t('webForms.deactivateLabel', { name: form.name })}
                      onClick={() => deactivate.mutate(form)}
                    >
                      {t('webForms.deactivate')}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The form's page address and the iframe tag that shows it in another site. */
function Snippet({ form }: { form: WebForm }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" aria-labelledby="web-form-snippet">
      <Title order={2} size="h4" id="web-form-snippet">
        {t('webForms.snippetTitle', { name: form.name })}
      </Title>
      <Text size="sm" mt="xs">
        {t('webForms.snippetHint')}
      </Text>
      <Code
        block
        mt="xs"
        data-testid="embed-snippet"
        style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
      >
        {form.embedSnippet}
      </Code>
      <CopyButton value={form.embedSnippet}>
        {({ copied, copy }) => (
          <Button size="xs" mt="xs" variant="light" onClick={copy}>
            {copied ? t('webForms.copied') : t('webForms.copy')}
          </Button>
        )}
      </CopyButton>
    </Paper>
  );
}

interface FieldChoice {
  asked: boolean;
  label: string;
  required: boolean;
}

function NewForm({ onCreated }: { onCreated(form: WebForm): void }) {
  const { t } = useTranslation();
  const { sources, users, teams } = useFormChoices();
  const create = useCreateWebForm();
  const [name, setName] = useState('');
  const [thanks, setThanks] = useState('');
  const [source, setSource] = useState<string | null>(null);
  const [assignTo, setAssignTo] = useState<'person' | 'team'>('person');
  const [responsibleId, setResponsibleId] = useState<string | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<WebFormFieldName, FieldChoice>>(
    () =>
      Object.fromEntries(
        LEAD_FIELDS.map((f) => [
          f,
          {
            asked: f === 'name' || f === 'email' || f === 'phone',
            label: t(`webForms.leadFields.${f}`),
            required: f === 'email',
          },
        ]),
      ) as Record<WebFormFieldName, FieldChoice>,
  );
  const errors = fieldErrors(create.error);
  const setField = (f: WebFormFieldName, change: Partial<FieldChoice>) =>
    setFields((all) => ({ ...all, [f]: { ...all[f], ...change } }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name: name.trim(),
        fields: LEAD_FIELDS.filter((f) => fields[f].asked).map((f) => ({
          field: f,
          label: fields[f].label.trim(),
          required: fields[f].required,
        })),
        source,
        ...(assignTo === 'person' ? { responsibleId } : { teamId }),
        thankYouText: thanks.trim(),
      },
      {
        onSuccess: (form) => {
          onCreated(form);
          setName('');
          setThanks('');
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-web-form">
      <Title order={2} size="h4" id="new-web-form">
        {t('webForms.newTitle')}
      </Title>
      <form onSubmit={submit}>
        <Stack mt="sm">
          <TextInput
            label={t('webForms.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
            maxLength={200}
          />
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Text fw={600} size="sm">
                {t('webForms.fields')}
              </Text>
            </legend>
            <Text size="xs" c="dimmed">
              {t('webForms.fieldsHint')}
            </Text>
            <Stack gap="xs" mt="xs">
              {LEAD_FIELDS.map((f) => (
                <Group key={f} gap="sm" wrap="nowrap" align="center">
                  <Checkbox
                    label={t(`webForms.leadFields.${f}`)}
                    checked={fields[f].asked}
                    onChange={(e) => setField(f, { asked: e.currentTarget.checked })}
                    w={160}
                  />
                  <TextInput
                    aria-label={t('webForms.labelOf', { field: t(`webForms.leadFields.${f}`) })}
                    value={fields[f].label}
                    onChange={(e) => setField(f, { label: e.currentTarget.value })}
                    disabled={!fields[f].asked}
                    maxLength={200}
                    style={{ flex: 1 }}
                  />
                  <Checkbox
                    label={t('webForms.required')}
                    aria-label={t('webForms.requiredOf', {
                      field: t(`webForms.leadFields.${f}`),
                    })}
                    checked={fields[f].required}
                    onChange={(e) => setField(f, { required: e.currentTarget.checked })}
                    disabled={!fields[f].asked}
                  />
                </Group>
              ))}
            </Stack>
            {errors.fields && (
              <Text c="red.9" size="sm" mt="xs" role="alert">
                {errors.fields}
              </Text>
            )}
          </fieldset>
          <Select
            label={t('webForms.source')}
            placeholder={t('webForms.noSource')}
            data={(sources.data ?? []).map((s) => ({ value: s.code, label: s.name }))}
            value={source}
            onChange={setSource}
            clearable
            error={errors.source}
          />
          <div>
            <Text fw={600} size="sm" id="assign-to-label">
              {t('webForms.assignTo')}
            </Text>
            <SegmentedControl
              aria-labelledby="assign-to-label"
              value={assignTo}
              onChange={(v) => setAssignTo(v as 'person' | 'team')}
              data={[
                { value: 'person', label: t('webForms.person') },
                { value: 'team', label: t('webForms.team') },
              ]}
            />
          </div>
          {assignTo === 'person' ? (
            <Select
              label={t('webForms.responsible')}
              data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              value={responsibleId}
              onChange={setResponsibleId}
              searchable
              required
              error={errors.responsibleId}
            />
          ) : (
            <Select
              label={t('webForms.teamPick')}
              description={t('webForms.teamHint')}
              data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
              value={teamId}
              onChange={setTeamId}
              required
              error={errors.teamId}
            />
          )}
          <Textarea
            label={t('webForms.thanks')}
            description={t('webForms.thanksHint')}
            value={thanks}
            onChange={(e) => setThanks(e.currentTarget.value)}
            error={errors.thankYouText}
            required
            autosize
            minRows={2}
            maxLength={2000}
          />
          {create.isError && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {create.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              {t('webForms.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
