import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/preferences';
import { type DealDocument, type Payment } from '../api/deal';

/** The deal's quotes and invoices (each with its PDF) and the payments on its invoices. */
export function DealDocuments({
  quotes,
  invoices,
  payments,
}: {
  quotes: DealDocument[];
  invoices: DealDocument[];
  payments: Payment[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
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
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.number}</Table.Td>
                <Table.Td>
                  <Badge variant="light" size="sm">
                    {t(`dealPage.status.${d.status}`, { defaultValue: d.status })}
                  </Badge>
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
