import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { type RowInput } from '../../../../libs/crm/money/line-items';
import { type Schemas } from '@/lib/api';

/** A row of a quote, a deal's products or a quote template, as a form edits it. */
export interface DocumentRow {
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

/** A row as the API takes it (a quote's, a template's). */
export type DocumentRowRequest = Schemas['DocumentRowInput'];

/** A catalogue product a row may pick: its values become the row's. */
type RowProduct = Pick<
  Schemas['Product'],
  'id' | 'name' | 'sku' | 'unit' | 'price' | 'taxRate' | 'taxIncluded'
>;

let rowKeys = 0;
export const emptyRow = (): DocumentRow => ({
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

// The request's own patterns (DocumentRowInput): a row that fails them is not previewed.
const QUANTITY = /^(?!0+(\.0+)?$)\d{1,9}(\.\d{1,3})?$/;
const PRICE = /^\d{1,15}(\.\d{1,4})?$/;
const PERCENT = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

/** The row as the totals take it, or null while it is not a valid row yet. */
export function rowInput(row: DocumentRow): RowInput | null {
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
export function rowRequest(row: DocumentRow): DocumentRowRequest {
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

/** A decimal as typed (the catalogue keeps 4 and 2 decimals: `150.0000` is `150`). */
export const plainDecimal = (value: string) =>
  value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

/** A stored row (a deal's product row, a template's row as entered) as the form edits it. */
export function rowOf(
  r: Partial<Omit<DocumentRow, 'key' | 'productId'>> & {
    productId?: string | null;
    quantity: string;
  },
): DocumentRow {
  return {
    key: (rowKeys += 1),
    productId: r.productId ?? null,
    name: r.name ?? '',
    unit: r.unit ?? '',
    quantity: plainDecimal(r.quantity),
    unitPrice: r.unitPrice ? plainDecimal(r.unitPrice) : '',
    discountPercent: r.discountPercent ? plainDecimal(r.discountPercent) : '',
    taxRate: r.taxRate ? plainDecimal(r.taxRate) : '',
    taxIncluded: r.taxIncluded ?? false,
  };
}

/**
 * The rows of a document being edited, a fieldset each: a catalogue product or a free row, its
 * quantity, unit, price, discount and tax; the API's refusal of a row's field (`rows.2.quantity`)
 * beside it. "Add a row" below them.
 */
export function DocumentRowsEditor({
  rows,
  setRows,
  currency,
  products,
  errors,
  minRows = 1,
}: {
  rows: DocumentRow[];
  setRows: Dispatch<SetStateAction<DocumentRow[]>>;
  currency: string;
  products: RowProduct[];
  errors: Record<string, string>;
  /** How many rows must stay (no remove button below it). */
  minRows?: number;
}) {
  const { t } = useTranslation();
  const change = (key: number, patch: Partial<DocumentRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const pickProduct = (key: number, product: RowProduct | undefined) =>
    change(
      key,
      product
        ? {
            productId: product.id,
            name: product.name,
            unit: product.unit,
            unitPrice: plainDecimal(product.price),
            taxRate: plainDecimal(product.taxRate),
            taxIncluded: product.taxIncluded,
          }
        : { productId: null },
    );
  const productOptions = products.map((p) => ({ value: p.id, label: `${p.name} (${p.sku})` }));

  return (
    <>
      {rows.map((row, i) => {
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
                    products.find((p) => p.id === id),
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
                {rows.length > minRows && (
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
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setRows((all) => [...all, emptyRow()])}
        >
          {t('quoteForm.addRow')}
        </Button>
      </Group>
    </>
  );
}
