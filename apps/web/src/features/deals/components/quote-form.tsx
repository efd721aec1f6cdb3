import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
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
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  computeRow,
  computeTotals,
  type RowAmounts,
  type RowInput,
} from '../../../../../../libs/crm/money/line-items';
import { ApiError, fieldErrors } from '@/lib/api';
import { useFormat } from '@/lib/preferences';
import {
  type CreateQuote,
  type DealProducts,
  type Product,
  useCreateQuote,
  useCreateQuoteFromTemplate,
  useProducts,
  useQuoteTemplates,
  useReplaceDealProducts,
} from '../api/quote';

interface Row {
  key: number;
  productId: string | null;
  name: string;
  unit: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  taxIncluded: boolean;
}

let rowKeys = 0;
const emptyRow = (): Row => ({
  key: (rowKeys += 1),
  productId: null,
  name: '',
  unit: '',
  quantity: '1',
  unitPrice: '',
  discountPercent: '',
  taxRate: '',
  taxIncluded: false,
});

// The request's own patterns (CreateQuote's rows): a row that fails them is not previewed.
const QUANTITY = /^(?!0+(\.0+)?$)\d{1,9}(\.\d{1,3})?$/;
const PRICE = /^\d{1,15}(\.\d{1,4})?$/;
const PERCENT = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

/** The row as the totals take it, or null while it is not a valid row yet. */
function inputOf(row: Row): RowInput | null {
  const percentOk = (v: string) => v === '' || PERCENT.test(v);
  if (!QUANTITY.test(row.quantity) || !PRICE.test(row.unitPrice)) return null;
  if (!percentOk(row.discountPercent) || !percentOk(row.taxRate)) return null;
  return {
    quantity: row.quantity,
    unitPrice: row.unitPrice,
    discountPercent: row.discountPercent || '0',
    taxRate: row.taxRate || '0',
    taxIncluded: row.taxIncluded,
  };
}

/** The row as the API takes it: a product's values are its defaults, what is typed overrides. */
function requestOf(row: Row): CreateQuote['rows'][number] {
  return {
    ...(row.productId ? { productId: row.productId } : {}),
    ...(row.name.trim() ? { name: row.name.trim() } : {}),
    ...(row.unit.trim() ? { unit: row.unit.trim() } : {}),
    quantity: row.quantity.trim(),
    ...(row.unitPrice.trim() ? { unitPrice: row.unitPrice.trim() } : {}),
    ...(row.discountPercent.trim() ? { discountPercent: row.discountPercent.trim() } : {}),
    ...(row.taxRate.trim() ? { taxRate: row.taxRate.trim() } : {}),
    taxIncluded: row.taxIncluded,
  };
}

/** A product's price and tax as typed values (the catalogue keeps 4 and 2 decimals). */
const plain = (value: string) => value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

/** A stored row (a deal's product row) as the form edits it. */
const rowOf = (r: DealProducts['rows'][number]): Row => ({
  key: (rowKeys += 1),
  productId: r.productId,
  name: r.name,
  unit: r.unit,
  quantity: plain(r.quantity),
  unitPrice: plain(r.unitPrice),
  discountPercent: plain(r.discountPercent),
  taxRate: plain(r.taxRate),
  taxIncluded: r.taxIncluded,
});

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
  const [rows, setRows] = useState<Row[]>(initialRows);
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

  const change = (key: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const pickProduct = (key: number, product: Product | undefined) =>
    change(
      key,
      product
        ? {
            productId: product.id,
            name: product.name,
            unit: product.unit,
            unitPrice: plain(product.price),
            taxRate: plain(product.taxRate),
            taxIncluded: product.taxIncluded,
          }
        : { productId: null },
    );

  const computed = rows.map((row) => {
    const input = inputOf(row);
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
        { rows: rows.map(requestOf), version: dealProducts.version },
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
        rows: rows.map(requestOf),
        ...(validUntil ? { validUntil } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      },
      { onSuccess: close },
    );
  };

  const productOptions = (products.data ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} (${p.sku})`,
  }));

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
          {!templateId &&
            rows.map((row, i) => {
              const error = (field: string) => errors[`rows.${i}.${field}`];
              return (
                <Fieldset key={row.key} legend={t('quoteForm.row', { number: i + 1 })}>
                  <SimpleGrid cols={{ base: 1, sm: 4 }}>
                    <Select
                      label={t('quoteForm.product')}
                      placeholder={t('quoteForm.freeRow')}
                      data={productOptions}
                      value={row.productId}
                      onChange={(id) =>
                        pickProduct(
                          row.key,
                          products.data?.find((p) => p.id === id),
                        )
                      }
                      error={error('productId')}
                      searchable
                      clearable
                    />
                    <TextInput
                      label={t('quoteForm.name')}
                      value={row.name}
                      onChange={(e) => change(row.key, { name: e.currentTarget.value })}
                      error={error('name')}
                    />
                    <TextInput
                      label={t('quoteForm.quantity')}
                      value={row.quantity}
                      onChange={(e) => change(row.key, { quantity: e.currentTarget.value })}
                      error={error('quantity')}
                      inputMode="decimal"
                    />
                    <TextInput
                      label={t('quoteForm.unit')}
                      value={row.unit}
                      onChange={(e) => change(row.key, { unit: e.currentTarget.value })}
                      error={error('unit')}
                    />
                    <TextInput
                      label={t('quoteForm.unitPrice', { currency })}
                      value={row.unitPrice}
                      onChange={(e) => change(row.key, { unitPrice: e.currentTarget.value })}
                      error={error('unitPrice')}
                      inputMode="decimal"
                    />
                    <TextInput
                      label={t('quoteForm.discount')}
                      value={row.discountPercent}
                      onChange={(e) => change(row.key, { discountPercent: e.currentTarget.value })}
                      error={error('discountPercent')}
                      inputMode="decimal"
                    />
                    <TextInput
                      label={t('quoteForm.taxRate')}
                      value={row.taxRate}
                      onChange={(e) => change(row.key, { taxRate: e.currentTarget.value })}
                      error={error('taxRate')}
                      inputMode="decimal"
                    />
                    <Group align="flex-end" justify="space-between">
                      <Checkbox
                        label={t('quoteForm.taxIncluded')}
                        checked={row.taxIncluded}
                        onChange={(e) => change(row.key, { taxIncluded: e.currentTarget.checked })}
                        mb={8}
                      />
                      {(rows.length > 1 || forProducts) && (
                        <ActionIcon
                          variant="subtle"
                          color="red.9"
                          aria-label={t('quoteForm.removeRow', { number: i + 1 })}
                          onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      )}
                    </Group>
                  </SimpleGrid>
                </Fieldset>
              );
            })}
          {!templateId && (
            <>
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => setRows((all) => [...all, emptyRow()])}
                >
                  {t('quoteForm.addRow')}
                </Button>
              </Group>
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
