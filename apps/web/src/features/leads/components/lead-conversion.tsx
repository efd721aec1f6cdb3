import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, fieldErrors } from '@/lib/api';
import { usePipelines } from '@/lib/rules';
import { type ConvertLead, type Lead, useConvertLead, useDuplicates } from '../api/lead';

/** The fields of the conversion request each form control answers for. */
const CONTACT_FIELDS = ['contactId', 'createContact'];
const COMPANY_FIELDS = ['companyId', 'createCompany'];
const DEAL_FIELDS = ['deal', 'deal.pipelineId', 'deal.title', 'deal.amount'];
const SHOWN = new Set([...CONTACT_FIELDS, ...COMPANY_FIELDS, ...DEAL_FIELDS]);

const first = (errors: Record<string, string>, fields: string[]) =>
  fields.map((f) => errors[f]).find(Boolean);

/**
 * Converts the lead into a contact, a company and a deal. The contacts and companies with the
 * lead's email or phone are offered to link instead of creating another; the API's refusal of a
 * field shows beside that field, and nothing is half-converted (the API converts all or nothing).
 */
export function LeadConversion({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const convert = useConvertLead(lead.id);
  const duplicates = useDuplicates(lead);
  const pipelines = usePipelines();
  const [contact, setContact] = useState(lead.name ? 'create' : 'none');
  const [company, setCompany] = useState(lead.companyName ? 'create' : 'none');
  const [withDeal, setWithDeal] = useState(true);
  const [pipelineId, setPipelineId] = useState<string | null>(null);
  const [title, setTitle] = useState(lead.title);
  const [amount, setAmount] = useState('');
  const pipeline = pipelineId ?? pipelines.data?.[0]?.id ?? null;

  const errors = fieldErrors(convert.error);
  const others = convert.error instanceof ApiError ? convert.error.errors : [];
  const unplaced = others.filter((e) => !SHOWN.has(e.field));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const request: ConvertLead = {};
    if (contact === 'create') request.createContact = true;
    else if (contact !== 'none') request.contactId = contact;
    if (company === 'create') request.createCompany = true;
    else if (company !== 'none') request.companyId = company;
    if (withDeal)
      request.deal = {
        pipelineId: pipeline ?? '',
        ...(title.trim() && title.trim() !== lead.title ? { title: title.trim() } : {}),
        ...(amount.trim() ? { amount: amount.trim() } : {}),
      };
    convert.mutate({ version: lead.version, request });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lead-convert">
      <Title id="lead-convert" order={2} size="h4" mb="sm">
        {t('leadPage.convert')}
      </Title>
      <form onSubmit={submit}>
        <Stack gap="md">
          <LinkOrCreate
            label={t('leadPage.contact')}
            value={contact}
            onChange={setContact}
            error={first(errors, CONTACT_FIELDS)}
            create={t('leadPage.newContact', { name: lead.name ?? '—' })}
            existing={duplicates.contacts}
            none={t('leadPage.noContact')}
          />
          <LinkOrCreate
            label={t('leadPage.company')}
            value={company}
            onChange={setCompany}
            error={first(errors, COMPANY_FIELDS)}
            create={t('leadPage.newCompany', { name: lead.companyName ?? '—' })}
            existing={duplicates.companies}
            none={t('leadPage.noCompany')}
          />
          <Checkbox
            label={t('leadPage.createDeal')}
            checked={withDeal}
            onChange={(e) => setWithDeal(e.currentTarget.checked)}
            error={errors.deal}
          />
          {withDeal && (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('reports.pipeline')}
                data={(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                value={pipeline}
                onChange={setPipelineId}
                error={errors['deal.pipelineId']}
                allowDeselect={false}
              />
              <TextInput
                label={t('dealPage.title')}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={errors['deal.title']}
              />
              <TextInput
                label={t('dealPage.fieldNames.amount')}
                value={amount}
                onChange={(e) => setAmount(e.currentTarget.value)}
                error={errors['deal.amount']}
                inputMode="decimal"
              />
            </SimpleGrid>
          )}
          {convert.isError && (unplaced.length > 0 || !others.length) && (
            <Alert color="red" role="alert" title={t('leadPage.convertRefused')}>
              {unplaced.length ? (
                <List size="sm">
                  {unplaced.map((e) => (
                    <List.Item key={e.field}>{`${e.field}: ${e.problem}`}</List.Item>
                  ))}
                </List>
              ) : (
                convert.error.message
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={convert.isPending}>
              {t('leadPage.convertButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** A new record from the lead, one of those that may be the same (to link), or none. */
function LinkOrCreate({
  label,
  value,
  onChange,
  error,
  create,
  existing,
  none,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  create: string;
  existing: { id: string; name: string; email: string | null; phone: string | null }[];
  none: string;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} value={value} onChange={onChange} error={error}>
      <Stack gap={6} mt={6}>
        <Radio value="create" label={create} />
        {existing.map((record) => (
          <Radio
            key={record.id}
            value={record.id}
            label={t('leadPage.linkExisting', {
              name: record.name,
              detail: [record.email, record.phone].filter(Boolean).join(', '),
            })}
          />
        ))}
        <Radio value="none" label={none} />
      </Stack>
    </Radio.Group>
  );
}

/** What a converted lead became, each linked. */
export function Converted({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal.9" variant="outline" title={t('leadPage.converted')}>
      <List size="sm">
        {lead.convertedDealId && (
          <List.Item>
            <Anchor component={Link} to={`/deals/${lead.convertedDealId}`} size="sm">
              {t('leadPage.theDeal')}
            </Anchor>
          </List.Item>
        )}
        {lead.convertedContactId && (
          <List.Item>
            <Anchor component={Link} to={`/contacts/${lead.convertedContactId}`} size="sm">
              {t('leadPage.theContact')}
            </Anchor>
          </List.Item>
        )}
        {lead.convertedCompanyId && (
          <List.Item>
            <Anchor component={Link} to={`/companies/${lead.convertedCompanyId}`} size="sm">
              {t('leadPage.theCompany')}
            </Anchor>
          </List.Item>
        )}
      </List>
    </Alert>
  );
}
