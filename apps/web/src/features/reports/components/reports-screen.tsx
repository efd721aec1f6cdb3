import { Anchor, Group, Select, Stack, Tabs, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LeadSourceSelect } from '@/components/lead-source-select';
import { Page } from '@/components/page';
import { useTeams, useUsers } from '@/lib/people';
import { usePipelines } from '@/lib/rules';
import { useCurrentUser } from '@/lib/session';
import { type GroupBy, reportCsvPath, type ReportKind } from '../api/reports';
import { useReportFilters } from '../hooks/use-report-filters';
import { FunnelReport } from './funnel-report';
import { SalesReport } from './sales-report';

/**
 * The reports: the deal funnel of a pipeline, the lead funnel and the sales report, each as a
 * chart and an accessible table, with period, pipeline, team, manager and source filters (kept in
 * the address), every count a link to its records, and the same figures as CSV.
 */
export function ReportsScreen() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const pipelines = usePipelines();
  const state = useReportFilters(pipelines.data?.[0]?.id);
  const seesTeams = user.role !== 'manager';
  const teams = useTeams(seesTeams);
  const people = useUsers(state.teamId ? { teamId: state.teamId } : {}, seesTeams);
  const csv = reportCsvPath(state.kind, state.filters, state.groupBy);

  const filters = (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        type="date"
        label={t('reports.from')}
        value={state.from}
        onChange={(e) => state.set('from', e.currentTarget.value)}
        w={160}
      />
      <TextInput
        type="date"
        label={t('reports.to')}
        value={state.to}
        onChange={(e) => state.set('to', e.currentTarget.value)}
        w={160}
      />
      {state.kind !== 'lead-funnel' && (
        <Select
          label={t('reports.pipeline')}
          data={(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={state.pipelineId || null}
          onChange={(v) => state.set('pipeline', v)}
          allowDeselect={state.kind === 'sales'}
          placeholder={t('reports.any')}
          w={180}
        />
      )}
      {seesTeams && (
        <Select
          label={t('reports.team')}
          data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
          value={state.teamId || null}
          onChange={(v) => state.set('team', v)}
          placeholder={t('reports.any')}
          clearable
          w={180}
        />
      )}
      {seesTeams && (
        <Select
          label={t('reports.manager')}
          data={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={state.responsibleId || null}
          onChange={(v) => state.set('person', v)}
          placeholder={t('reports.any')}
          searchable
          clearable
          w={200}
        />
      )}
      <LeadSourceSelect
        label={t('reports.source')}
        value={state.source}
        onChange={(code) => state.set('source', code)}
        filter
        w={180}
      />
      <Anchor href={csv} download size="sm" pb={8}>
        <IconDownload size={14} aria-hidden /> {t('reports.csv')}
      </Anchor>
    </Group>
  );

  return (
    <Page title={t('reports.title')}>
      <Tabs
        value={state.kind}
        onChange={(v) => state.set('report', v === 'deal-funnel' ? null : v)}
        keepMounted={false}
      >
        <Tabs.List>
          {(['deal-funnel', 'lead-funnel', 'sales'] as ReportKind[]).map((kind) => (
            <Tabs.Tab key={kind} value={kind}>
              {t(`reports.kinds.${kind}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {(['deal-funnel', 'lead-funnel', 'sales'] as ReportKind[]).map((kind) => (
          <Tabs.Panel key={kind} value={kind} pt="md">
            <Stack>
              {filters}
              {kind === 'sales' ? (
                <SalesReport
                  filters={state.filters}
                  groupBy={state.groupBy}
                  onGroupBy={(g: GroupBy) => state.set('groupBy', g === 'manager' ? null : g)}
                />
              ) : (
                <FunnelReport kind={kind} filters={state.filters} />
              )}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}
