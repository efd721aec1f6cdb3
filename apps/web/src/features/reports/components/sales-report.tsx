import { Alert, Select, Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '@/components/chart';
import { Loading } from '@/components/loading';
import { useFormat } from '@/lib/preferences';
import {
  GROUP_BY,
  type GroupBy,
  type ReportFilters,
  type SalesFigures,
  useSales,
} from '../api/reports';
import { DrillLink, useDrill } from './drill-link';
import { moneyList } from './funnel-report';

/**
 * The sales report grouped by manager, team, pipeline, source, month or loss reason: won and lost
 * deals (each count a link to those deals), win rate, average size and cycle, payments, beside the
 * previous period; a bar chart of won and lost per group.
 */
export function SalesReport({
  filters,
  groupBy,
  onGroupBy,
}: {
  filters: ReportFilters;
  groupBy: GroupBy;
  onGroupBy(groupBy: GroupBy): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = useSales(filters, groupBy, true);
  const drill = useDrill();
  const groups = report.data?.groups ?? [];
  const name = (g: { label: string | null; key: string | null }) =>
    g.label ?? g.key ?? t('reports.none');
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: groups.map(name) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('reports.wonDeals'),
          data: groups.map((g) => g.current.won.count),
          color: '#2b8a3e',
        },
        {
          type: 'bar',
          name: t('reports.lostDeals'),
          data: groups.map((g) => g.current.lost.count),
          color: '#c92a2a',
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [groups, t],
  );

  const select = (
    <Select
      label={t('reports.groupBy')}
      data={GROUP_BY.map((g) => ({ value: g, label: t(`reports.groups.${g}`) }))}
      value={groupBy}
      onChange={(v) => v && onGroupBy(v as GroupBy)}
      allowDeselect={false}
      w={200}
    />
  );
  if (report.isPending)
    return (
      <>
        {select}
        <Loading />
      </>
    );
  if (report.isError)
    return (
      <>
        {select}
        <Alert color="red" role="alert">
          {report.error.message}
        </Alert>
      </>
    );
  const row = (
    label: string,
    current: SalesFigures,
    previous: SalesFigures | null,
    key: string,
  ) => (
    <Table.Tr key={key}>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>
        <DrillLink path={current.won.drillDown} title={t('reports.drill.won', { group: label })}>
          {format.number(current.won.count)}
        </DrillLink>
      </Table.Td>
      <Table.Td>{moneyList(format, current.won.amount)}</Table.Td>
      <Table.Td>
        <DrillLink
          path={current.lost.drillDown}
          title={t('reports.drill.lostGroup', { group: label })}
        >
          {format.number(current.lost.count)}
        </DrillLink>
      </Table.Td>
      <Table.Td>{current.winRate === null ? '—' : format.percent(current.winRate)}</Table.Td>
      <Table.Td>{moneyList(format, current.averageDealSize)}</Table.Td>
      <Table.Td>
        {current.averageCycleSeconds === null ? '—' : format.duration(current.averageCycleSeconds)}
      </Table.Td>
      <Table.Td>{moneyList(format, current.payments.amount)}</Table.Td>
      <Table.Td>{previous ? format.number(previous.won.count) : '—'}</Table.Td>
    </Table.Tr>
  );
  return (
    <>
      {select}
      <Chart
        option={option}
        label={t('reports.salesChart', {
          groups: groups
            .map((g) => `${name(g)} ${g.current.won.count}/${g.current.lost.count}`)
            .join(', '),
        })}
        onClick={(i, series) => {
          const g = groups[i];
          if (g) drill(series === 0 ? g.current.won.drillDown : g.current.lost.drillDown, name(g));
        }}
      />
      <Table.ScrollContainer minWidth={900}>
        <Table aria-label={t('reports.kinds.sales')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`reports.groups.${groupBy}`)}</Table.Th>
              <Table.Th scope="col">{t('reports.wonDeals')}</Table.Th>
              <Table.Th scope="col">{t('reports.wonAmount')}</Table.Th>
              <Table.Th scope="col">{t('reports.lostDeals')}</Table.Th>
              <Table.Th scope="col">{t('reports.winRate')}</Table.Th>
              <Table.Th scope="col">{t('reports.averageSize')}</Table.Th>
              <Table.Th scope="col">{t('reports.averageCycle')}</Table.Th>
              <Table.Th scope="col">{t('reports.payments')}</Table.Th>
              <Table.Th scope="col">{t('reports.wonBefore')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g, i) => row(name(g), g.current, g.previous, `${g.key}-${i}`))}
            {row(
              t('reports.total'),
              report.data.total.current,
              report.data.total.previous,
              'total',
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
