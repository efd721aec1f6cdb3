import { Alert, Anchor, Badge, Grid, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AutomationPanel } from '@/components/automation-panel';
import { CustomFieldsForm } from '@/components/custom-fields-form';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { type FormField, RecordForm } from '@/components/record-form';
import { RecordTimeline } from '@/components/record-timeline';
import { ApiError } from '@/lib/api';
import { sourceOptions, useLeadSources } from '@/lib/lead-sources';
import { useStages } from '@/lib/rules';
import { useLead, useUpdateLead } from '../api/lead';
import { Converted, LeadConversion } from './lead-conversion';
import { LeadStatus } from './lead-status';

/**
 * One lead: its fields, its status (and a move), what its rules will do next, its timeline with
 * comments, and its conversion into a contact, a company and a deal (or what it became).
 */
export function LeadPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lead = useLead(id);
  const update = useUpdateLead(id);
  // Its own save: the custom fields' errors and "saved" are not the other form's.
  const updateCustom = useUpdateLead(id);
  const statuses = useStages(lead.data?.ruleSetId);
  const sources = useLeadSources();

  if (lead.isError) {
    const status = lead.error instanceof ApiError ? lead.error.status : 0;
    return (
      <Page title={t('leadPage.notFoundTitle')}>
        <Alert color="red" role="alert">
          {status === 404 || status === 403 ? t('leadPage.notFound') : lead.error.message}
        </Alert>
        <Anchor component={Link} to="/leads">
          {t('leadPage.backToLeads')}
        </Anchor>
      </Page>
    );
  }
  if (lead.isPending || statuses.isPending) return <Loading />;
  const l = lead.data;
  const statusList = statuses.data ?? [];
  const fields: FormField[] = [
    { name: 'title', label: t('dealPage.title'), required: true },
    { name: 'name', label: t('records.person') },
    { name: 'email', label: t('records.email'), type: 'email' },
    { name: 'phone', label: t('records.phone'), type: 'tel' },
    { name: 'companyName', label: t('records.company') },
    {
      name: 'source',
      label: t('records.source'),
      options: sourceOptions(sources.data ?? [], { current: l.source }),
    },
  ];

  return (
    <Page
      title={l.title}
      actions={
        <Group gap="xs">
          <Badge variant="light">
            {statusList.find((s) => s.id === l.status)?.name ?? l.status}
          </Badge>
          {l.outcome !== 'open' && (
            <Badge color={l.outcome === 'converted' ? 'teal.9' : 'gray.8'}>
              {t(`records.outcomes.${l.outcome}`)}
            </Badge>
          )}
        </Group>
      }
    >
      <Anchor component={Link} to="/leads" size="sm">
        {t('leadPage.backToLeads')}
      </Anchor>
      {l.outcome === 'converted' && <Converted lead={l} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <RecordForm title={t('dealPage.fields')} fields={fields} record={l} save={update} />
            <CustomFieldsForm recordType="lead" record={l} save={updateCustom} />
            <LeadStatus lead={l} statuses={statusList} />
            {l.outcome === 'open' && <LeadConversion lead={l} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <AutomationPanel owner="leads" id={id} closedText={t('leadPage.closedAutomation')} />
            <RecordTimeline owner="leads" id={id} stages={statusList} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
