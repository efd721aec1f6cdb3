import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  List,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type DocumentRow,
  DocumentRowsEditor,
  rowOf,
  rowRequest,
} from '@/components/document-rows';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { ApiError, fieldErrors } from '@/lib/api';
import { useFormat } from '@/lib/preferences';
import {
  type QuoteTemplate,
  type QuoteTemplateChanges,
  useArchiveQuoteTemplate,
  useCreateQuoteTemplate,
  useProductChoices,
  useQuoteTemplates,
  useUpdateQuoteTemplate,
} from '../api/catalogue';
import { useCanKeepCatalogue } from './can-keep';

/** Fields a template's texts may use (shown as typed: not texts of the app). */
const TEXT_EXAMPLE = '{{contact.name}}, {{company_name}}';

/**
 * Quote templates: the rows, texts, validity and terms a quote starts from (a manager's "New
 * quote" or the rules' `send_quote`). Admins and sales ops add, change and archive them.
 */
export function QuoteTemplatesScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const canKeep = useCanKeepCatalogue();
  const [params, setParams] = useSearchParams();
  const archived = params.get('archived') === 'true';
  const templates = useQuoteTemplates(archived);
  const archive = useArchiveQuoteTemplate();
  const [editing, setEditing] = useState<QuoteTemplate | 'new' | null>(null);

  let content;
  if (templates.isPending) content = <Loading />;
  else if (templates.isError) throw templates.error;
  else
    content = (
      <>
        <Table.ScrollContainer minWidth={700}>
          <Table striped highlightOnHover aria-label={t('catalogue.templates')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('records.name')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.code')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.currency')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.rows')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.validity')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.changed')}</Table.Th>
                {canKeep && <Table.Th scope="col">{t('myDay.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {templates.data.map((q) => (
                <Table.Tr key={q.id}>
                  <Table.Td>
                    {q.name}
                    {q.archivedAt && (
                      <Badge ml="xs" size="sm" variant="outline" color="gray.8">
                        {t('catalogue.archived')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Code>{q.code}</Code>
                  </Table.Td>
                  <Table.Td>{q.currency}</Table.Td>
                  <Table.Td>{format.number(q.rows.length)}</Table.Td>
                  <Table.Td>{t('catalogue.days', { count: q.validityDays })}</Table.Td>
                  <Table.Td>{format.date(q.updatedAt)}</Table.Td>
                  {canKeep && (
                    <Table.Td>
                      {!q.archivedAt && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={t('catalogue.editNamed', { name: q.name })}
                            onClick={() => setEditing(q)}
                          >
                            {t('catalogue.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="outline"
                            color="red.9"
                            aria-label={t('catalogue.archiveNamed', { name: q.name })}
                            loading={archive.isPending && archive.variables?.id === q.id}
                            onClick={() => archive.mutate(q)}
                          >
                            {t('catalogue.archive')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!templates.data.length && (
          <Text size="sm" c="dimmed">
            {t('records.nothing')}
          </Text>
        )}
      </>
    );

  return (
    <Page
      title={t('catalogue.templates')}
      actions={
        canKeep && <Button onClick={() => setEditing('new')}>{t('catalogue.newTemplate')}</Button>
      }
    >
      <Switch
        label={t('catalogue.showArchived')}
        checked={archived}
        onChange={(e) => setParams(e.currentTarget.checked ? { archived: 'true' } : {})}
      />
      {archive.isError && (
        <Alert color="red" role="alert">
          {archive.error.message}
        </Alert>
      )}
      {content}
      {editing && (
        <TemplateDialog
          template={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Page>
  );
}

/**
 * A new template or the changes to one: code (fixed once made), name, currency, rows (from the
 * catalogue of that currency or free), the intro and terms (templates with the deal's fields:
 * `{{contact.name}}`), and how many days a quote made from it is valid.
 */
function TemplateDialog({
  template,
  onClose,
}: {
  template: QuoteTemplate | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const create = useCreateQuoteTemplate();
  const update = useUpdateQuoteTemplate();
  const mutation = template ? update : create;
  const [code, setCode] = useState(template?.code ?? '');
  const [name, setName] = useState(template?.name ?? '');
  const [currency, setCurrency] = useState(template?.currency ?? 'USD');
  const [rows, setRows] = useState<DocumentRow[]>(() => (template?.rows ?? []).map(rowOf));
  const [intro, setIntro] = useState(template?.intro ?? '');
  const [terms, setTerms] = useState(template?.terms ?? '');
  const [validityDays, setValidityDays] = useState<number | string>(template?.validityDays ?? 14);
  const products = useProductChoices(currency);
  const errors = fieldErrors(mutation.error);
  const problems = mutation.error instanceof ApiError ? mutation.error.errors : [];
  const placed = (field: string) =>
    /^rows\.\d+\.\w+$/.test(field) ||
    ['code', 'name', 'currency', 'intro', 'terms', 'validityDays'].includes(field);
  const unplaced = problems.filter((p) => !placed(p.field));
  const stale = mutation.error instanceof ApiError && mutation.error.type === 'stale-version';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const values = {
      name: name.trim(),
      currency: currency.trim().toUpperCase(),
      rows: rows.map(rowRequest),
      intro: intro.trim() || null,
      terms: terms.trim() || null,
      validityDays: Number(validityDays),
    };
    if (!template) {
      create.mutate({ code: code.trim(), ...values }, { onSuccess: onClose });
      return;
    }
    // Everything is sent as the form has it: a template is small, and its rows are one value.
    update.mutate({ template, changes: values as QuoteTemplateChanges }, { onSuccess: onClose });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        template ? t('catalogue.editNamed', { name: template.name }) : t('catalogue.newTemplate')
      }
      size="xl"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('records.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              required
              data-autofocus
            />
            <TextInput
              label={t('catalogue.code')}
              description={t('catalogue.codeHint')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={errors.code}
              disabled={!!template}
              required
            />
            <TextInput
              label={t('catalogue.currency')}
              value={currency}
              onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
              error={errors.currency}
              maxLength={3}
              required
            />
            <NumberInput
              label={t('catalogue.validityDays')}
              value={validityDays}
              onChange={setValidityDays}
              error={errors.validityDays}
              min={1}
              max={365}
              allowDecimal={false}
            />
          </SimpleGrid>
          <Textarea
            label={t('catalogue.intro')}
            description={t('catalogue.textHint', { example: TEXT_EXAMPLE })}
            value={intro}
            onChange={(e) => setIntro(e.currentTarget.value)}
            error={errors.intro}
            autosize
            minRows={2}
          />
          <DocumentRowsEditor
            rows={rows}
            setRows={setRows}
            currency={currency}
            products={products.data ?? []}
            errors={errors}
            minRows={0}
          />
          <Textarea
            label={t('catalogue.terms')}
            description={t('catalogue.textHint', { example: TEXT_EXAMPLE })}
            value={terms}
            onChange={(e) => setTerms(e.currentTarget.value)}
            error={errors.terms}
            autosize
            minRows={2}
          />
          {stale && (
            <Alert color="red" role="alert">
              {t('catalogue.stale')}
            </Alert>
          )}
          {mutation.isError && !stale && (unplaced.length > 0 || !problems.length) && (
            <Alert color="red" role="alert" title={t('catalogue.notSaved')}>
              {unplaced.length ? (
                <List size="sm">
                  {unplaced.map((p) => (
                    <List.Item key={p.field}>{`${p.field}: ${p.problem}`}</List.Item>
                  ))}
                </List>
              ) : (
                mutation.error.message
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.close')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {template ? t('dealPage.save') : t('duplicates.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
