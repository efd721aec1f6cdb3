import { Alert, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { usePipelines, useStages } from '../api/deals';
import { useDealFilters } from '../hooks/use-deal-filters';
import { DealBoard } from './deal-board';
import { DealTable } from './deal-table';

/** Deals of a pipeline, as a board or a list, with the filters in the address. */
export function DealsScreen() {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const state = useDealFilters(pipelines.data?.[0]?.id);
  const stages = useStages(state.pipelineId || undefined);

  const toolbar = (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('deals.pipeline')}
        data={(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={state.pipelineId || null}
        onChange={(value) => state.set('pipeline', value ?? '')}
        allowDeselect={false}
        w={200}
      />
      <SegmentedControl
        aria-label={t('deals.scope')}
        value={state.scope}
        onChange={(value) => state.set('scope', value)}
        data={[
          { value: 'mine', label: t('deals.scopes.mine') },
          { value: 'team', label: t('deals.scopes.team'), disabled: !state.hasTeam },
          { value: 'all', label: t('deals.scopes.all') },
        ]}
      />
      <TextInput
        label={t('deals.source')}
        placeholder={t('deals.anySource')}
        value={state.source}
        onChange={(event) => state.set('source', event.currentTarget.value)}
        w={150}
      />
      <TextInput
        label={t('deals.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={state.q}
        onChange={(event) => state.set('q', event.currentTarget.value)}
        w={220}
      />
    </Group>
  );

  const viewSwitch = (
    <SegmentedControl
      aria-label={t('deals.view')}
      value={state.view}
      onChange={(value) => state.set('view', value === 'board' ? '' : value)}
      data={[
        { value: 'board', label: t('deals.views.board') },
        { value: 'list', label: t('deals.views.list') },
      ]}
    />
  );

  let content;
  if (pipelines.isPending || (state.pipelineId && stages.isPending)) content = <Loading />;
  else if (pipelines.isError) throw pipelines.error;
  else if (!state.pipelineId) content = <Alert color="gray">{t('deals.noPipelines')}</Alert>;
  else if (stages.isError) throw stages.error;
  else if (state.view === 'list')
    content = <DealTable stages={stages.data ?? []} filters={state.filters} />;
  else content = <DealBoard stages={stages.data ?? []} filters={state.filters} />;

  return (
    <Page title={t('deals.heading')} actions={viewSwitch}>
      {toolbar}
      {content}
    </Page>
  );
}
