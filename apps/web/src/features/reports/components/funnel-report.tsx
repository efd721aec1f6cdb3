import { Alert, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '@/components/chart';
import { Loading } from '@/components/loading';
import { Stat } from '@/components/stat';
import { type Formatter } from '@/lib/format';
import { useFormat } from '@/lib/preferences';
import {
  type FunnelReport as Report,
  type Money,
  type ReportFilters,
  useFunnel,
} from '../api/reports';
import { DrillLink, useDrill } from './drill-link';

export function moneyList(format: Formatter, amounts: Money[]): string {
  return amounts.length ? amounts.map((a) => format.money(a.amount, a.currency)).join(' + ') : '—';
}

/**
 * A funnel (deals of a pipeline, or leads): the chart of how many entered each stage, and the
 * same figures in a table, each count a link to the records it counts.
 */
export function FunnelReport({
  kind,
  filters,
}: {
  kind: 'deal-funnel' | 'lead-funnel';
  filters: ReportFilters;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = useFunnel(kind, filters, kind === 'lead-funnel' || !!filters.pipelineId);
  const drill = useDrill();
  const option = useMemo<ChartOption | null>(
    () =>
      report.data
        ? {
            tooltip: { trigger: 'item' },
            series: [
              {
                type: 'funnel',
                sort: 'none',
                minSize: '8%',
                left: '10%',
                width: '80%',
                label: { show: true, position: 'inside', formatter: '{b}: {c}' },
                data: report.data.stages.map((s) => ({ name: s.name, value: s.entered })),
              },
            ],
          }
        : null,
    [report.data],
  );
  if (report.isPending) return <Loading />;
  if (report.isError)
    return (
      <Alert color="red" role="alert">
        {report.error.message}
      </Alert>
    );
  const r: Report = report.data;
  const noun = t(kind === 'deal-funnel' ? 'reports.deals' : 'reports.leads');
  const wonLabel = t(kind === 'deal-funnel' ? 'reports.wonDeals' : 'reports.convertedLeads');
  const lostLabel = t(kind === 'deal-funnel' ? 'reports.lostDeals' : 'reports.junkLeads');
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 3 }} maw={720}>
        <Stat label={wonLabel} value={format.number(r.won.count)} />
        <Stat label={lostLabel} value={format.number(r.lost.count)} />
        <Stat
          label={t('reports.winRate')}
          value={r.winRate === null ? '—' : format.percent(r.winRate)}
        />
      </SimpleGrid>
      {option && (
        <Chart
          option={option}
          label={t('reports.funnelChart', {
            stages: r.stages.map((s) => `${s.name} ${s.entered}`).join(', '),
          })}
          onClick={(i) => drill(r.stages[i]?.drillDown.entered, `${noun}: ${r.stages[i]?.name}`)}
        />
      )}
      <Table.ScrollContainer minWidth={800}>
        <Table aria-label={t(`reports.kinds.${kind}`)} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.stage')}</Table.Th>
              <Table.Th scope="col">{t('reports.entered')}</Table.Th>
              {kind === 'deal-funnel' && <Table.Th scope="col">{t('reports.amount')}</Table.Th>}
              <Table.Th scope="col">{t('reports.now')}</Table.Th>
              <Table.Th scope="col">{t('reports.toNext')}</Table.Th>
              <Table.Th scope="col">{t('reports.lostHere')}</Table.Th>
              <Table.Th scope="col">{t('reports.medianTime')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.stages.map((s) => (
              <Table.Tr key={s.stage}>
                <Table.Th scope="row">{s.name}</Table.Th>
                <Table.Td>
                  <DrillLink
                    path={s.drillDown.entered}
                    title={t('reports.drill.entered', { stage: s.name })}
                  >
                    {format.number(s.entered)}
                  </DrillLink>
                </Table.Td>
                {kind === 'deal-funnel' && <Table.Td>{moneyList(format, s.amount)}</Table.Td>}
                <Table.Td>
                  <DrillLink
                    path={s.drillDown.now}
                    title={t('reports.drill.now', { stage: s.name })}
                  >
                    {format.number(s.now)}
                  </DrillLink>
                </Table.Td>
                <Table.Td>
                  {s.conversionToNext === null ? '—' : format.percent(s.conversionToNext)}
                </Table.Td>
                <Table.Td>
                  <DrillLink
                    path={s.drillDown.lost}
                    title={t('reports.drill.lost', { stage: s.name })}
                  >
                    {format.number(s.lost)}
                  </DrillLink>
                </Table.Td>
                <Table.Td>
                  {s.timeInStage.medianSeconds === null
                    ? '—'
                    : format.duration(s.timeInStage.medianSeconds)}
                </Table.Td>
              </Table.Tr>
            ))}
            {[r.won, r.lost].map((close, i) => (
              <Table.Tr key={close.stage}>
                <Table.Th scope="row">{i === 0 ? wonLabel : lostLabel}</Table.Th>
                <Table.Td>
                  <DrillLink path={close.drillDown} title={i === 0 ? wonLabel : lostLabel}>
                    {format.number(close.count)}
                  </DrillLink>
                </Table.Td>
                {kind === 'deal-funnel' && <Table.Td>{moneyList(format, close.amount)}</Table.Td>}
                <Table.Td colSpan={4} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {r.converted && (
        <Group gap="lg">
          <Text size="sm">
            {t('reports.converted', {
              contacts: r.converted.contacts,
              companies: r.converted.companies,
              deals: r.converted.deals,
            })}
          </Text>
        </Group>
      )}
    </>
  );
}
