import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/preferences';
import { useCurrentUser } from '@/lib/session';
import { type DealDocument, type Payment, useCancelInvoice } from '../api/deal';

const STATUS_COLORS: Record<string, string> = {
  overdue: 'red.9',
  expired: 'orange.9',
  cancelled: 'gray.7',
  paid: 'teal.9',
};

/** The reason prompt of an invoice's Cancel button: a head's or an admin's. */
function CancelInvoice({ dealId, invoice }: { dealId: string; invoice: DealDocument }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useCancelInvoice(dealId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    cancel.mutate(
      { id: invoice.id, version: invoice.version, reason: reason.trim() },
      { onSuccess: () => setOpened(false) },
    );
  };
  return (
    <>
      <Button size="compact-xs" variant="default" onClick={() => setOpened(true)}>
        {t('dealPage.cancelInvoice', { number: invoice.number })}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('dealPage.cancelInvoiceTitle', { number: invoice.number })}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <form onSubmit={submit}>
          <Stack gap="sm">
            <TextInput
              label={t('dealPage.cancelReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              maxLength={1000}
              data-autofocus
            />
            {cancel.isError && (
              <Alert color="red" role="alert">
                {cancel.error.message}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button
                type="submit"
                color="red.9"
                loading={cancel.isPending}
                disabled={!reason.trim()}
              >
                {t('dealPage.cancelInvoiceConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** The deal's quotes and invoices (each with its PDF) and the payments on its invoices. */
export function DealDocuments({
  dealId,
  quotes,
  invoices,
  payments,
}: {
  dealId: string;
  quotes: DealDocument[];
  invoices: DealDocument[];
  payments: Payment[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const role = useCurrentUser().role;
  const mayCancel = role === 'head' || role === 'admin';
  const cancellable = (d: DealDocument) =>
    'amountPaid' in d &&
    ['draft', 'sent', 'overdue'].includes(d.status) &&
    Number(d.amountPaid) === 0 &&
    !d.archivedAt;
  const table = (kind: 'quotes' | 'invoices', documents: DealDocument[]) => (
    <div>
      <Title order={3} size="h6" mb={4}>
        {t(`dealPage.${kind}`)}
      </Title>
      {documents.length ? (
        <Table aria-label={t(`dealPage.${kind}`)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dealPage.number')}</Table.Th>
              <Table.Th scope="col">{t('dealPage.statusLabel')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('dealPage.total')}
              </Table.Th>
              {kind === 'invoices' && (
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('dealPage.paid')}
                </Table.Th>
              )}
              <Table.Th scope="col">PDF</Table.Th>
              {kind === 'invoices' && mayCancel && (
                <Table.Th scope="col">{t('dealPage.actions')}</Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.number}</Table.Td>
                <Table.Td>
                  <Badge
                    variant={STATUS_COLORS[d.status] ? 'filled' : 'light'}
                    size="sm"
                    color={STATUS_COLORS[d.status]}
                  >
                    {t(`dealPage.status.${d.status}`, { defaultValue: d.status })}
                  </Badge>
                  {'cancelReason' in d && d.cancelReason && (
                    <Text size="xs" c="dimmed">
                      {t('dealPage.cancelledBecause', { reason: d.cancelReason })}
                    </Text>
                  )}
                  {'overdueAt' in d && d.overdueAt && d.status === 'overdue' && (
                    <Text size="xs" c="red.9">
                      {t('dealPage.overdueSince', { date: format.dateTime(d.overdueAt) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  {format.money(d.totals.total, d.currency)}
                </Table.Td>
                {kind === 'invoices' && (
                  <Table.Td style={{ textAlign: 'right' }}>
                    {format.money('amountPaid' in d ? d.amountPaid : '0', d.currency)}
                  </Table.Td>
                )}
                <Table.Td>
                  <Anchor href={`/api/v1/${kind}/${d.id}/pdf`} target="_blank" size="sm">
                    {t('dealPage.pdf', { number: d.number })}
                  </Anchor>
                </Table.Td>
                {kind === 'invoices' && mayCancel && (
                  <Table.Td>
                    {cancellable(d) && <CancelInvoice dealId={dealId} invoice={d} />}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {t('dealPage.none')}
        </Text>
      )}
    </div>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="deal-documents">
      <Title id="deal-documents" order={2} size="h4" mb="sm">
        {t('dealPage.documents')}
      </Title>
      <Stack gap="md">
        {table('quotes', quotes)}
        {table('invoices', invoices)}
        <div>
          <Title order={3} size="h6" mb={4}>
            {t('dealPage.payments')}
          </Title>
          {payments.length ? (
            <Table aria-label={t('dealPage.payments')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dealPage.paidAt')}</Table.Th>
                  <Table.Th scope="col">{t('dealPage.invoice')}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('dealPage.amountLabel')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {payments.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{format.dateTime(p.paidAt)}</Table.Td>
                    <Table.Td>{p.invoiceNumber}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      {format.money(p.amount, p.currency)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm" c="dimmed">
              {t('dealPage.none')}
            </Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
