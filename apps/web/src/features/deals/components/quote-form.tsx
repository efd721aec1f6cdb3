import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  computeRow,
  computeTotals,
  type RowAmounts,
  type RowInput,
} from '../../../../../../libs/crm/money/line-items';
import {
  type DocumentRow,
  DocumentRowsEditor,
  emptyRow,
  rowInput,
  rowOf,
  rowRequest,
} from '@/components/document-rows';
import { ApiError, fieldErrors } from '@/lib/api';
import { useFormat } from '@/lib/preferences';
import {
  type DealProducts,
  useCreateQuote,
  useCreateQuoteFromTemplate,
  useProducts,
  useQuoteTemplates,
  useReplaceDealProducts,
} from '../api/quote';

/**
 * A new quote of the deal, in its currency: rows from the catalogue or free, each with quantity,
 * price, discount and tax. The totals are worked out as they are typed, by the same code the
 * server uses (libs/crm/money/line-items.ts: each row rounded to the currency's minor unit, the
 * totals the sums of the rounded rows), so what is shown is what the quote will say. The API's
 * refusal of a row's field shows beside it.
 */
export function QuoteForm({
  dealId,
  currency,
  opened,
  onClose,
  dealProducts,
}: {
  dealId: string;
  currency: string;
  opened: boolean;
  onClose: () => void;
  /** Given: the form edits the deal's product rows (and saves them) instead of a new quote. */
  dealProducts?: DealProducts;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const products = useProducts(currency);
  const templates = useQuoteTemplates(currency);
  const forProducts = dealProducts !== undefined;
  const createQuote = useCreateQuote(dealId);
  const fromTemplate = useCreateQuoteFromTemplate(dealId);
  const replace = useReplaceDealProducts(dealId);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [includeDealProducts, setIncludeDealProducts] = useState(true);
  const create = forProducts ? replace : templateId ? fromTemplate : createQuote;
  const initialRows = () => (dealProducts ? dealProducts.rows.map(rowOf) : [emptyRow()]);
  const [rows, setRows] = useState<DocumentRow[]>(initialRows);
  const [validUntil, setValidUntil] = useState('');
  const [notes, setNotes] = useState('');

  const errors = fieldErrors(create.error);
  const problems = create.error instanceof ApiError ? create.error.errors : [];
  const placed = (field: string) =>
    /^rows\.\d+\.(productId|name|unit|quantity|unitPrice|discountPercent|taxRate)$/.test(field) ||
    field === 'validUntil' ||
    field === 'templateId' ||
    field === 'notes';
  const unplaced = problems.filter((p) => !placed(p.field));

  const computed = rows.map((row) => {
    const input = rowInput(row);
    return input ? { input, amounts: computeRow(input, currency) } : null;
  });
  const complete = computed.filter((c): c is { input: RowInput; amounts: RowAmounts } => !!c);
  const totals = computeTotals(complete, currency);
  const money = (amount: string | undefined) => (amount ? format.money(amount, currency) : '—');

  const close = () => {
    create.reset();
    setRows(initialRows());
    setValidUntil('');
    setNotes('');
    setTemplateId(null);
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (dealProducts) {
      replace.mutate(
        { rows: rows.map(rowRequest), version: dealProducts.version },
        { onSuccess: close },
      );
      return;
    }
    if (templateId) {
      fromTemplate.mutate({ templateId, includeDealProducts }, { onSuccess: close });
      return;
    }
    createQuote.mutate(
      {
        currency,
        dealId,
        rows: rows.map(rowRequest),
        ...(validUntil ? { validUntil } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      },
      { onSuccess: close },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t(forProducts ? 'dealProducts.editTitle' : 'quoteForm.title', { currency })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={submit}>
        <Stack gap="md">
          {!forProducts && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('quoteForm.template')}
                placeholder={t('quoteForm.noTemplate')}
                data={(templates.data ?? []).map((q) => ({ value: q.id, label: q.name }))}
                value={templateId}
                onChange={setTemplateId}
                error={errors.templateId}
                clearable
              />
              {templateId && (
                <Checkbox
                  label={t('quoteForm.includeDealProducts')}
                  checked={includeDealProducts}
                  onChange={(e) => setIncludeDealProducts(e.currentTarget.checked)}
                  mt={32}
                />
              )}
            </SimpleGrid>
          )}
          {!templateId && (
            <>
              <DocumentRowsEditor
                rows={rows}
                setRows={setRows}
                currency={currency}
                products={products.data ?? []}
                errors={errors}
                minRows={forProducts ? 0 : 1}
              />
              <Table aria-label={t('quoteForm.totals')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('quoteForm.rowHead')}</Table.Th>
                    <Table.Th scope="col" style={{ textAlign: 'right' }}>
                      {t('quoteForm.net')}
                    </Table.Th>
                    <Table.Th scope="col" style={{ textAlign: 'right' }}>
                      {t('quoteForm.tax')}
                    </Table.Th>
                    <Table.Th scope="col" style={{ textAlign: 'right' }}>
                      {t('dealPage.total')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row, i) => (
                    <Table.Tr key={row.key}>
                      <Table.Th scope="row" fw={400}>
                        {row.name || t('quoteForm.row', { number: i + 1 })}
                      </Table.Th>
                      <Table.Td style={{ textAlign: 'right' }}>
                        {money(computed[i]?.amounts.net)}
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>
                        {money(computed[i]?.amounts.tax)}
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>
                        {money(computed[i]?.amounts.total)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Th scope="row">{t('quoteForm.totalRow')}</Table.Th>
                    <Table.Td style={{ textAlign: 'right' }}>{money(totals.net)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{money(totals.tax)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }} fw={700}>
                      {money(totals.total)}
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </>
          )}
          {!templateId && !forProducts && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('records.validUntil')}
                value={validUntil}
                onChange={(e) => setValidUntil(e.currentTarget.value)}
                error={errors.validUntil}
              />
              <Textarea
                label={t('quoteForm.notes')}
                value={notes}
                onChange={(e) => setNotes(e.currentTarget.value)}
                error={errors.notes}
                autosize
                minRows={1}
                maxLength={5000}
              />
            </SimpleGrid>
          )}
          {create.isError && (unplaced.length > 0 || !problems.length) && (
            <Alert
              color="red"
              role="alert"
              title={t(forProducts ? 'dealProducts.refused' : 'quoteForm.refused')}
            >
              {unplaced.length ? (
                <List size="sm">
                  {unplaced.map((p) => (
                    <List.Item key={p.field}>{`${p.field}: ${p.problem}`}</List.Item>
                  ))}
                </List>
              ) : (
                create.error.message
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.close')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t(forProducts ? 'dealProducts.save' : 'quoteForm.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** "New quote": opens the quote form for the deal. */
export function NewQuote({ dealId, currency }: { dealId: string; currency: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpened(true)}>
          {t('quoteForm.open')}
        </Button>
      </Group>
      <QuoteForm
        dealId={dealId}
        currency={currency}
        opened={opened}
        onClose={() => setOpened(false)}
      />
    </>
  );
}
