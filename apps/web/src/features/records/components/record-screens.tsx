import { Alert, Anchor, Badge, Button, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { sourceName, sourceOptions, useLeadSources } from '@/lib/lead-sources';
import { useFormat } from '@/lib/preferences';
import { useCurrentUser } from '@/lib/session';
import { type ListItems, useRecordList } from '../api/records';
import { type Column, type Filter, RecordList } from './record-list';
import { CreateRecordButton } from './create-record';

type Lead = ListItems['/api/v1/leads'];
type Contact = ListItems['/api/v1/contacts'];
type Company = ListItems['/api/v1/companies'];
type Document = ListItems['/api/v1/quotes'] | ListItems['/api/v1/invoices'];
type Payment = ListItems['/api/v1/payments'];

const dash = (value: string | null | undefined) => value || '—';

export function LeadsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const sources = useLeadSources();
  const columns: Column<Lead>[] = [
    {
      label: t('records.title'),
      cell: (l) => (
        <Anchor component={Link} to={`/leads/${l.id}`} size="sm">
          {l.title}
        </Anchor>
      ),
    },
    { label: t('records.person'), cell: (l) => dash(l.name) },
    { label: t('records.email'), cell: (l) => dash(l.email) },
    { label: t('records.company'), cell: (l) => dash(l.companyName) },
    { label: t('records.source'), cell: (l) => dash(sourceName(sources.data, l.source)) },
    { label: t('records.status'), cell: (l) => l.status },
    {
      label: t('records.outcome'),
      cell: (l) =>
        l.convertedDealId ? (
          <Anchor component={Link} to={`/deals/${l.convertedDealId}`} size="sm">
            {t('records.outcomes.converted')}
          </Anchor>
        ) : (
          <Badge variant="light" size="sm" color={l.outcome === 'junk' ? 'gray' : undefined}>
            {t(`records.outcomes.${l.outcome}`)}
          </Badge>
        ),
    },
    { label: t('records.created'), cell: (l) => format.date(l.createdAt) },
  ];
  const filters: Filter[] = [
    { name: 'q', label: t('records.search') },
    {
      name: 'outcome',
      label: t('records.outcome'),
      options: (['open', 'converted', 'junk'] as const).map((o) => ({
        value: o,
        label: t(`records.outcomes.${o}`),
      })),
    },
    {
      name: 'source',
      label: t('records.source'),
      options: sourceOptions(sources.data ?? [], { withInactive: true }),
    },
  ];
  return (
    <Page title={t('nav.leads')} actions={<CreateRecordButton kind="lead" />}>
      <RecordList
        path="/api/v1/leads"
        label={t('nav.leads')}
        columns={columns}
        filters={filters}
        customFields="lead"
      />
    </Page>
  );
}

export function ContactsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Contact>[] = [
    {
      label: t('records.person'),
      cell: (c) => (
        <Anchor component={Link} to={`/contacts/${c.id}`} size="sm">
          {c.name}
        </Anchor>
      ),
    },
    { label: t('records.position'), cell: (c) => dash(c.position) },
    { label: t('records.email'), cell: (c) => dash(c.email) },
    { label: t('records.phone'), cell: (c) => dash(c.phone) },
    { label: t('records.created'), cell: (c) => format.date(c.createdAt) },
  ];
  return (
    <Page title={t('nav.contacts')} actions={<CreateRecordButton kind="contact" />}>
      <RecordList
        path="/api/v1/contacts"
        label={t('nav.contacts')}
        columns={columns}
        filters={[{ name: 'q', label: t('records.search') }]}
        customFields="contact"
      />
    </Page>
  );
}

export function CompaniesScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Company>[] = [
    {
      label: t('records.name'),
      cell: (c) => (
        <Anchor component={Link} to={`/companies/${c.id}`} size="sm">
          {c.name}
        </Anchor>
      ),
    },
    { label: t('records.industry'), cell: (c) => dash(c.industry) },
    { label: t('records.country'), cell: (c) => dash(c.country) },
    { label: t('records.email'), cell: (c) => dash(c.email) },
    { label: t('records.phone'), cell: (c) => dash(c.phone) },
    { label: t('records.created'), cell: (c) => format.date(c.createdAt) },
  ];
  return (
    <Page title={t('nav.companies')} actions={<CreateRecordButton kind="company" />}>
      <RecordList
        path="/api/v1/companies"
        label={t('nav.companies')}
        columns={columns}
        filters={[{ name: 'q', label: t('records.search') }]}
        customFields="company"
      />
    </Page>
  );
}

const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'expired'] as const;
const INVOICE_STATUSES = [
  'draft',
  'sent',
  'partially_paid',
  'paid',
  'overdue',
  'cancelled',
] as const;

/** Quotes and invoices, one kind at a time (`?kind=invoices`), each with its deal and PDF. */
export function DocumentsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') === 'invoices' ? 'invoices' : 'quotes';
  const statuses = kind === 'quotes' ? QUOTE_STATUSES : INVOICE_STATUSES;
  const columns: Column<Document>[] = [
    { label: t('records.number'), cell: (d) => d.number },
    {
      label: t('records.status'),
      cell: (d) => (
        <Badge variant="light" size="sm">
          {t(`dealPage.status.${d.status as 'draft'}`, { defaultValue: d.status })}
        </Badge>
      ),
    },
    {
      label: t('records.total'),
      cell: (d) => format.money(d.totals.total, d.currency),
      align: 'right',
    },
    ...(kind === 'invoices'
      ? [
          {
            label: t('records.paid'),
            cell: (d: Document) => format.money('amountPaid' in d ? d.amountPaid : '0', d.currency),
            align: 'right' as const,
          },
          {
            label: t('records.dueDate'),
            cell: (d: Document) => dash('dueDate' in d ? d.dueDate : null),
          },
        ]
      : [
          {
            label: t('records.validUntil'),
            cell: (d: Document) => dash('validUntil' in d ? d.validUntil : null),
          },
        ]),
    {
      label: t('records.deal'),
      cell: (d) =>
        d.dealId ? (
          <Anchor component={Link} to={`/deals/${d.dealId}`} size="sm">
            {t('records.openDeal', { number: d.number })}
          </Anchor>
        ) : (
          '—'
        ),
    },
    {
      label: 'PDF',
      cell: (d) => (
        <Anchor href={`/api/v1/${kind}/${d.id}/pdf`} target="_blank" size="sm">
          {t('dealPage.pdf', { number: d.number })}
        </Anchor>
      ),
    },
  ];
  const filters: Filter[] = [
    { name: 'q', label: t('records.search') },
    {
      name: 'status',
      label: t('records.status'),
      options: statuses.map((s) => ({ value: s, label: t(`dealPage.status.${s}`) })),
    },
  ];
  return (
    <Page
      title={t('nav.documents')}
      actions={
        <SegmentedControl
          aria-label={t('records.kind')}
          value={kind}
          onChange={(value) =>
            setParams(value === 'quotes' ? {} : { kind: value }, { replace: true })
          }
          data={[
            { value: 'quotes', label: t('dealPage.quotes') },
            { value: 'invoices', label: t('dealPage.invoices') },
          ]}
        />
      }
    >
      <RecordList
        key={kind}
        path={`/api/v1/${kind}`}
        label={t(`dealPage.${kind}`)}
        columns={columns}
        filters={filters}
      />
    </Page>
  );
}

/** Payments received, the unmatched ones (no invoice found) to review. */
export function PaymentsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Payment>[] = [
    { label: t('records.paidAt'), cell: (p) => format.dateTime(p.paidAt) },
    { label: t('records.invoice'), cell: (p) => p.invoiceNumber },
    { label: t('records.amount'), cell: (p) => format.money(p.amount, p.currency), align: 'right' },
    {
      label: t('records.status'),
      cell: (p) => (
        <Badge
          // A dark shade reads only as an outline: the kit's light variant of it hides the text.
          variant={p.status === 'unmatched' ? 'outline' : 'light'}
          size="sm"
          color={p.status === 'unmatched' ? 'red.9' : undefined}
        >
          {t(`dealPage.status.${p.status}`)}
        </Badge>
      ),
    },
    { label: t('records.externalId'), cell: (p) => p.externalId },
  ];
  const filters: Filter[] = [
    { name: 'q', label: t('records.search') },
    {
      name: 'status',
      label: t('records.status'),
      options: (['applied', 'unmatched'] as const).map((s) => ({
        value: s,
        label: t(`dealPage.status.${s}`),
      })),
    },
  ];
  return (
    <Page title={t('nav.payments')}>
      {useCurrentUser().role === 'admin' && <UnmatchedToReview />}
      <RecordList
        path="/api/v1/payments"
        label={t('nav.payments')}
        columns={columns}
        filters={filters}
      />
    </Page>
  );
}

const UNMATCHED = { status: 'unmatched' };

/** For an admin: how many payments matched no invoice, and the way to match them. */
function UnmatchedToReview() {
  const { t } = useTranslation();
  const unmatched = useRecordList('/api/v1/payments', UNMATCHED);
  const count = unmatched.data?.pages[0]?.total ?? 0;
  if (!count) return null;
  return (
    <Alert color="yellow" role="status" styles={{ title: { color: 'var(--mantine-color-black)' } }}>
      {t('paymentsReview.toReview', { count })}{' '}
      <Button component={Link} to="/admin?tab=payments" size="xs" variant="white" ml="xs">
        {t('paymentsReview.review')}
      </Button>
    </Alert>
  );
}
