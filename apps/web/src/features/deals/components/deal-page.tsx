import { Alert, Anchor, Badge, Grid, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomFieldsForm } from '@/components/custom-fields-form';
import { Loading } from '@/components/loading';
import { AutomationPanel } from '@/components/automation-panel';
import { Page } from '@/components/page';
import { RecordTimeline } from '@/components/record-timeline';
import { ApiError } from '@/lib/api';
import { useFormat } from '@/lib/preferences';
import { useLossReasons } from '@/lib/rules';
import { useStages } from '../api/deals';
import { useDeal, useDealDocuments, useDealPayments, useUpdateDeal } from '../api/deal';
import { DealDocuments } from './deal-documents';
import { DealFields } from './deal-fields';
import { DealProductsSection } from './deal-products';
import { NewQuote } from './quote-form';
import { StageBar } from './stage-bar';

/**
 * One deal: its stage bar (and a move), its fields, one timeline of everything, its quotes,
 * invoices and payments, and what its workflow will do next. Live changes refetch each part.
 */
export function DealPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deal = useDeal(id);
  const stages = useStages(deal.data?.pipelineId);
  const lossReasons = useLossReasons(deal.data?.pipelineId, deal.data?.rulesVersion);
  const updateCustom = useUpdateDeal(id);
  const quotes = useDealDocuments('quotes', id);
  const invoices = useDealDocuments('invoices', id);
  const payments = useDealPayments(
    id,
    invoices.data?.map((i) => i.id),
  );

  if (deal.isError) {
    const status = deal.error instanceof ApiError ? deal.error.status : 0;
    return (
      <Page title={t('dealPage.notFoundTitle')}>
        <Alert color="red" role="alert">
          {status === 404 || status === 403 ? t('dealPage.notFound') : deal.error.message}
        </Alert>
        <Anchor component={Link} to="/deals">
          {t('dealPage.backToDeals')}
        </Anchor>
      </Page>
    );
  }
  if (deal.isPending || stages.isPending) return <Loading />;
  const d = deal.data;
  const stageList = stages.data ?? [];

  return (
    <Page
      title={d.title}
      actions={
        <Group gap="xs">
          <Text fw={700} size="lg">
            {format.money(d.amount, d.currency)}
          </Text>
          {d.outcome !== 'open' && (
            <Badge color={d.outcome === 'won' ? 'teal.9' : 'red.9'}>
              {t(`dealPage.outcome.${d.outcome}`)}
            </Badge>
          )}
        </Group>
      }
    >
      <Anchor component={Link} to={`/deals?pipeline=${d.pipelineId}`} size="sm">
        {t('dealPage.backToBoard')}
      </Anchor>
      <StageBar deal={d} stages={stageList} />
      {d.outcome === 'lost' && d.lossReason && (
        <Text size="sm" data-testid="loss-reason">
          {t('dealPage.loss.lostBecause', {
            reason: lossReasons.data?.find((r) => r.code === d.lossReason)?.label ?? d.lossReason,
          })}
          {d.lossNote ? ` · ${d.lossNote}` : ''}
        </Text>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <DealFields deal={d} />
            <CustomFieldsForm recordType="deal" record={d} save={updateCustom} />
            <DealProductsSection
              dealId={id}
              currency={d.currency}
              editable={d.outcome === 'open'}
            />
            <DealDocuments
              dealId={id}
              quotes={quotes.data ?? []}
              invoices={invoices.data ?? []}
              payments={payments.data ?? []}
            />
            {d.outcome === 'open' && <NewQuote dealId={id} currency={d.currency} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <AutomationPanel owner="deals" id={id} closedText={t('dealPage.closedAutomation')} />
            <RecordTimeline
              owner="deals"
              id={id}
              stages={stageList}
              lossReasons={lossReasons.data}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
