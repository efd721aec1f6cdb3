import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CsvLink } from '@/components/csv-link';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { ApiError, fieldErrors } from '@/lib/api';
import { useFormat } from '@/lib/preferences';
import {
  type NewProduct,
  type Product,
  type ProductChanges,
  useArchiveProduct,
  useCreateProduct,
  useProducts,
  useUpdateProduct,
} from '../api/catalogue';
import { useCanKeepCatalogue } from './can-keep';

/**
 * The product catalogue: searchable, the archived ones on request; admins and sales ops add,
 * change and archive products (quotes and invoices keep naming an archived one).
 */
export function ProductsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const canKeep = useCanKeepCatalogue();
  const [params, setParams] = useSearchParams();
  const [q] = useDebouncedValue(params.get('q') ?? '', 300);
  const archived = params.get('archived') === 'true';
  const products = useProducts({ q: q.trim(), archived });
  const archive = useArchiveProduct();
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const set = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  let content;
  if (products.isPending) content = <Loading />;
  else if (products.isError) throw products.error;
  else {
    const rows = products.data.pages.flatMap((p) => p.items);
    const total = products.data.pages[0]?.total ?? 0;
    content = (
      <>
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover aria-label={t('catalogue.products')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('records.name')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.sku')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('catalogue.price')}
                </Table.Th>
                <Table.Th scope="col">{t('catalogue.tax')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.unit')}</Table.Th>
                {canKeep && <Table.Th scope="col">{t('myDay.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    {p.name}
                    {p.archivedAt && (
                      <Badge ml="xs" size="sm" variant="outline" color="gray.8">
                        {t('catalogue.archived')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{p.sku}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    {format.money(p.price, p.currency)}
                  </Table.Td>
                  <Table.Td>
                    {t(p.taxIncluded ? 'catalogue.taxIncludedShort' : 'catalogue.taxOnTop', {
                      rate: format.number(Number(p.taxRate)),
                    })}
                  </Table.Td>
                  <Table.Td>{p.unit}</Table.Td>
                  {canKeep && (
                    <Table.Td>
                      {!p.archivedAt && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={t('catalogue.editNamed', { name: p.name })}
                            onClick={() => setEditing(p)}
                          >
                            {t('catalogue.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="outline"
                            color="red.9"
                            aria-label={t('catalogue.archiveNamed', { name: p.name })}
                            loading={archive.isPending && archive.variables?.id === p.id}
                            onClick={() => archive.mutate(p)}
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
        {!rows.length && (
          <Text size="sm" c="dimmed">
            {t('records.nothing')}
          </Text>
        )}
        <Group justify="space-between">
          <Text size="sm" c="dimmed" role="status">
            {t('records.shown', { shown: format.number(rows.length), total: format.number(total) })}
          </Text>
          {products.hasNextPage && (
            <Button
              variant="light"
              loading={products.isFetchingNextPage}
              onClick={() => void products.fetchNextPage()}
            >
              {t('records.showMore')}
            </Button>
          )}
        </Group>
      </>
    );
  }

  return (
    <Page
      title={t('catalogue.products')}
      actions={
        canKeep && <Button onClick={() => setEditing('new')}>{t('catalogue.newProduct')}</Button>
      }
    >
      <Group gap="md" align="flex-end">
        <TextInput
          label={t('catalogue.searchProducts')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={params.get('q') ?? ''}
          onChange={(e) => set('q', e.currentTarget.value)}
          w={260}
        />
        <Switch
          label={t('catalogue.showArchived')}
          checked={archived}
          onChange={(e) => set('archived', e.currentTarget.checked ? 'true' : null)}
          pb={6}
        />
        <CsvLink
          path="/api/v1/products"
          filters={{ q: q.trim(), archived: archived ? 'true' : null }}
        />
      </Group>
      {archive.isError && (
        <Alert color="red" role="alert">
          {archive.error.message}
        </Alert>
      )}
      {content}
      {editing && (
        <ProductDialog
          product={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Page>
  );
}

interface Form {
  name: string;
  sku: string;
  description: string;
  price: string;
  currency: string;
  taxRate: string;
  taxIncluded: boolean;
  unit: string;
}

const formOf = (p: Product | null): Form => ({
  name: p?.name ?? '',
  sku: p?.sku ?? '',
  description: p?.description ?? '',
  price: p?.price ?? '',
  currency: p?.currency ?? 'USD',
  taxRate: p?.taxRate ?? '0',
  taxIncluded: p?.taxIncluded ?? false,
  unit: p?.unit ?? 'pcs',
});

/** A new product, or the changes to one (only what changed is sent, at the version read). */
function ProductDialog({ product, onClose }: { product: Product | null; onClose(): void }) {
  const { t } = useTranslation();
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const base = formOf(product);
  const [form, setForm] = useState(base);
  const mutation = product ? update : create;
  const errors = fieldErrors(mutation.error);
  const stale = mutation.error instanceof ApiError && mutation.error.type === 'stale-version';
  const text = (name: keyof Form) => ({
    value: form[name] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [name]: value }));
    },
    error: errors[name],
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const values = {
      name: form.name.trim(),
      sku: form.sku.trim(),
      description: form.description.trim() || null,
      price: form.price.trim(),
      currency: form.currency.trim().toUpperCase(),
      taxRate: form.taxRate.trim(),
      taxIncluded: form.taxIncluded,
      unit: form.unit.trim(),
    };
    if (!product) {
      create.mutate(values as NewProduct, { onSuccess: onClose });
      return;
    }
    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values))
      if (value !== (key === 'description' ? base.description || null : base[key as keyof Form]))
        changes[key] = value;
    update.mutate({ product, changes: changes as ProductChanges }, { onSuccess: onClose });
  };

  const title = product
    ? t('catalogue.editNamed', { name: product.name })
    : t('catalogue.newProduct');
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {/* The API checks the fields and its errors show beside them. */}
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('records.name')} required data-autofocus {...text('name')} />
            <TextInput label={t('catalogue.sku')} required {...text('sku')} />
            <TextInput
              label={t('catalogue.price')}
              required
              inputMode="decimal"
              {...text('price')}
            />
            <TextInput
              label={t('catalogue.currency')}
              required
              maxLength={3}
              {...text('currency')}
            />
            <TextInput label={t('catalogue.taxRate')} inputMode="decimal" {...text('taxRate')} />
            <TextInput label={t('catalogue.unit')} {...text('unit')} />
          </SimpleGrid>
          <Checkbox
            label={t('catalogue.taxIncluded')}
            checked={form.taxIncluded}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setForm((f) => ({ ...f, taxIncluded: checked }));
            }}
          />
          <Textarea
            label={t('catalogue.description')}
            autosize
            minRows={2}
            {...text('description')}
          />
          {stale ? (
            <Alert color="red" role="alert">
              {t('catalogue.stale')}
            </Alert>
          ) : (
            mutation.isError &&
            !Object.keys(errors).length && (
              <Alert color="red" role="alert">
                {mutation.error.message}
              </Alert>
            )
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>
              {product ? t('dealPage.save') : t('duplicates.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
