import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CsvLink } from '@/components/csv-link';
import { Loading } from '@/components/loading';
import { useFormat } from '@/lib/preferences';
import { type DealFilters, type StageRule, useDealCards } from '../api/deals';

/** The list view: the board's deals (same filters, same query) as a table, a page at a time. */
export function DealTable({ stages, filters }: { stages: StageRule[]; filters: DealFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cards = useDealCards(filters);
  const stageName = new Map(stages.map((s) => [s.id, s.name]));
  if (cards.isPending) return <Loading />;
  if (cards.isError) throw cards.error;
  const rows = cards.data.pages.flatMap((p) => p.items);
  const total = cards.data.pages[0]?.total ?? 0;
  return (
    <>
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover aria-label={t('deals.list')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('deals.title')}</Table.Th>
              <Table.Th scope="col">{t('deals.stage')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('deals.amount')}
              </Table.Th>
              <Table.Th scope="col">{t('deals.company')}</Table.Th>
              <Table.Th scope="col">{t('deals.responsible')}</Table.Th>
              <Table.Th scope="col">{t('deals.next')}</Table.Th>
              <Table.Th scope="col">{t('deals.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((deal) => (
              <Table.Tr key={deal.id} data-deal-id={deal.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/deals/${deal.id}`} size="sm">
                    {deal.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{stageName.get(deal.stage) ?? deal.stage}</Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {format.money(deal.amount, deal.currency)}
                </Table.Td>
                <Table.Td>{deal.companyName ?? '—'}</Table.Td>
                <Table.Td>{deal.responsibleName}</Table.Td>
                <Table.Td>
                  {deal.nextActivity ? (
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm">
                        {deal.nextActivity.subject} · {format.dateTime(deal.nextActivity.dueAt)}
                      </Text>
                      {deal.overdue && (
                        <Badge color="red" variant="light" size="sm">
                          {t('deals.overdue')}
                        </Badge>
                      )}
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('deals.nothingPlanned')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(deal.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('deals.shown', { shown: format.number(rows.length), total: format.number(total) })}
        </Text>
        <CsvLink path="/api/v1/deals" filters={{ ...filters }} />
        {cards.hasNextPage && (
          <Button
            variant="light"
            loading={cards.isFetchingNextPage}
            onClick={() => void cards.fetchNextPage()}
          >
            {t('deals.showMore')}
          </Button>
        )}
      </Group>
    </>
  );
}
