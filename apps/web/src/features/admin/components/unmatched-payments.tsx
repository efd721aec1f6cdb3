import { Alert, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { useFormat } from '@/lib/preferences';
import { type Payment, useMatchPayment, useUnmatchedPayments } from '../api/admin';

/** The payments no invoice matched when they came, each matched by an admin to its invoice. */
export function UnmatchedPayments() {
  const { t } = useTranslation();
  const format = useFormat();
  const payments = useUnmatchedPayments();
  if (payments.isPending) return <Loading />;
  if (payments.isError) throw payments.error;
  if (payments.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('admin.unmatchedNone')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped aria-label={t('admin.unmatched')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.externalId')}</Table.Th>
            <Table.Th scope="col">{t('admin.sentNumber')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('dealPage.amountLabel')}
            </Table.Th>
            <Table.Th scope="col">{t('dealPage.paidAt')}</Table.Th>
            <Table.Th scope="col">{t('admin.match')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {payments.data.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.externalId}</Table.Td>
              <Table.Td>{p.invoiceNumber}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {format.money(p.amount, p.currency)}
              </Table.Td>
              <Table.Td>{format.dateTime(p.paidAt)}</Table.Td>
              <Table.Td>
                <MatchForm payment={p} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MatchForm({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const match = useMatchPayment();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    match.mutate({ paymentId: payment.id, number: number.trim() });
  };
  const notFound = match.data && !match.data.invoice;
  return (
    <form onSubmit={submit}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          size="xs"
          aria-label={t('admin.matchTo', { externalId: payment.externalId })}
          placeholder="INV-2026-00001"
          value={number}
          onChange={(e) => setNumber(e.currentTarget.value)}
          error={notFound ? t('admin.noSuchInvoice', { number }) : undefined}
          required
        />
        <Button size="xs" type="submit" loading={match.isPending} disabled={!number.trim()}>
          {t('admin.match')}
        </Button>
      </Group>
      {match.isError && (
        <Alert color="red" role="alert" mt={4} p="xs">
          {match.error.message}
        </Alert>
      )}
    </form>
  );
}
