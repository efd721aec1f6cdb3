import { Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { type CustomRecordType, useCustomFields } from '@/lib/custom-fields';
import { useFormat } from '@/lib/preferences';
import { type ListItems, type ListPath, useRecordList } from '../api/records';
import { CsvLink } from '@/components/csv-link';
import { CUSTOM_PARAM, CustomFilters, customFiltersOf } from '@/components/custom-filters';

export interface Column<T> {
  label: string;
  cell(row: T): ReactNode;
  align?: 'right';
}

/** A filter of the list: free text (`q`) or one of some values; kept in the address. */
export interface Filter {
  name: string;
  label: string;
  options?: { value: string; label: string }[];
}

/**
 * One of the API's lists as a table: its filters in the address (a link or a reload shows the
 * same rows), with one per active custom field of `customFields` records, the count of what
 * matches, "Show more" for the next page, and every matching row as CSV.
 */
export function RecordList<P extends ListPath>({
  path,
  label,
  columns,
  filters,
  fixed = {},
  customFields,
}: {
  path: P;
  /** The table's name, for screen readers. */
  label: string;
  columns: Column<ListItems[P]>[];
  filters: Filter[];
  /** Filters always sent (e.g. the kind of document). */
  fixed?: Record<string, string>;
  /** The record type whose custom fields get a filter each. */
  customFields?: CustomRecordType;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const [q] = useDebouncedValue(params.get('q') ?? '', 300);
  const custom = useCustomFields(customFields ?? 'lead', { enabled: !!customFields });
  const fields = useMemo(
    () => (customFields ? (custom.data ?? []) : []),
    [customFields, custom.data],
  );
  // Typed values (a text, a range's ends) are sent once the typing pauses, as `q` is.
  const [customKey] = useDebouncedValue(customFiltersOf(params, fields).join('\n'), 300);
  const values = useMemo(() => {
    const sent: Record<string, string | string[]> = { ...fixed };
    for (const f of filters) {
      const value = f.name === 'q' ? q.trim() : params.get(f.name);
      if (value) sent[f.name] = value;
    }
    if (customKey) sent.custom = customKey.split('\n');
    return sent;
  }, [filters, fixed, params, q, customKey]);
  const list = useRecordList(path, values);
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

  const toolbar = (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {filters.map((f) =>
        f.options ? (
          <Select
            key={f.name}
            label={f.label}
            data={f.options}
            value={params.get(f.name)}
            onChange={(v) => set(f.name, v)}
            placeholder={t('records.any')}
            clearable
            w={180}
          />
        ) : (
          <TextInput
            key={f.name}
            label={f.label}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={params.get(f.name) ?? ''}
            onChange={(e) => set(f.name, e.currentTarget.value)}
            w={240}
          />
        ),
      )}
      <CustomFilters
        fields={fields}
        value={(code) => params.get(CUSTOM_PARAM + code) ?? ''}
        onChange={(code, next) => set(CUSTOM_PARAM + code, next)}
      />
      <CsvLink path={path} filters={values} />
    </Group>
  );

  let content;
  if (list.isPending) content = <Loading />;
  else if (list.isError) throw list.error;
  else {
    const rows = list.data.pages.flatMap((p) => p.items);
    const total = list.data.pages[0]?.total ?? 0;
    content = (
      <>
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.label} scope="col" style={{ textAlign: c.align }}>
                    {c.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  {columns.map((c) => (
                    <Table.Td key={c.label} style={{ textAlign: c.align }}>
                      {c.cell(row)}
                    </Table.Td>
                  ))}
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
          {list.hasNextPage && (
            <Button
              variant="light"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('records.showMore')}
            </Button>
          )}
        </Group>
      </>
    );
  }
  return (
    <>
      {toolbar}
      {content}
    </>
  );
}
