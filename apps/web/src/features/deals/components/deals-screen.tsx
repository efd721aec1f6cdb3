import { Alert, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CustomFilters } from '@/components/custom-filters';
import { LeadSourceSelect } from '@/components/lead-source-select';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { useDealBoard, usePipelines, useStages } from '../api/deals';
import { useDealFilters } from '../hooks/use-deal-filters';
import { DealBoard } from './deal-board';
import { DealTable } from './deal-table';

/** Deals of a pipeline, as a board or a list, with the filters in the address. */
export function DealsScreen() {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const state = useDealFilters(pipelines.data?.[0]?.id);
  const onBoard = state.view === 'board' && !!state.pipelineId;
  // The board's own request brings its stages with its first cards; the rules are read for the
  // list, or when that request failed (or from the cache, when read already).
  const board = useDealBoard(onBoard ? state.filters : null);
  const stages = useStages(state.pipelineId || undefined, !onBoard || board.isError);
  const boardStages = stages.data ?? board.data;

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
      <LeadSourceSelect
        label={t('deals.source')}
        value={state.source}
        onChange={(code) => state.set('source', code ?? '')}
        filter
        w={180}
      />
      <TextInput
        label={t('deals.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={state.q}
        onChange={(event) => state.set('q', event.currentTarget.value)}
        w={220}
      />
      <CustomFilters
        fields={state.customFields}
        value={state.customValue}
        onChange={state.setCustom}
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
  // A pipeline named in the address draws its board as soon as its stages are read, without
  // waiting for the list of pipelines (one request fewer before the first cards).
  if (onBoard && boardStages)
    content = <DealBoard stages={boardStages} filters={state.filters} seeding={board.isFetching} />;
  else if (state.pipelineId ? stages.isPending : pipelines.isPending) content = <Loading />;
  else if (pipelines.isError) throw pipelines.error;
  else if (!state.pipelineId) content = <Alert color="gray">{t('deals.noPipelines')}</Alert>;
  else if (stages.isError) throw stages.error;
  else if (state.view === 'list')
    content = <DealTable stages={stages.data ?? []} filters={state.filters} />;
  else
    content = (
      <DealBoard stages={stages.data ?? []} filters={state.filters} seeding={board.isFetching} />
    );

  return (
    <Page title={t('deals.heading')} actions={viewSwitch}>
      {toolbar}
      {content}
    </Page>
  );
}
