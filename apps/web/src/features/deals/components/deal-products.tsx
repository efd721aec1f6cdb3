import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/preferences';
import { useDealProducts, useFollowProducts } from '../api/quote';
import { QuoteForm } from './quote-form';

/**
 * The deal's products: its rows with their totals, and whether the deal's amount follows them
 * (else it was set by hand). "Edit" opens the rows editor, which computes the totals as typed.
 */
export function DealProductsSection({
  dealId,
  currency,
  editable,
}: {
  dealId: string;
  currency: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const products = useDealProducts(dealId);
  const follow = useFollowProducts(dealId);
  const [opened, setOpened] = useState(false);
  const data = products.data;
  const money = (amount: string) => format.money(amount, currency);
  return (
    <Card withBorder component="section" aria-labelledby="deal-products-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="deal-products-title">
            {t('dealProducts.title')}
          </Title>
          {editable && data && (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => setOpened(true)}
            >
              {t('dealProducts.edit')}
            </Button>
          )}
        </Group>
        {data && data.rows.length === 0 && <Text c="dimmed">{t('dealProducts.none')}</Text>}
        {data && data.rows.length > 0 && (
          <Table aria-labelledby="deal-products-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('quoteForm.name')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('quoteForm.quantity')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('quoteForm.net')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('quoteForm.tax')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('quoteForm.totalRow')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row" fw={400}>
                    {r.name}
                  </Table.Th>
                  <Table.Td style={{ textAlign: 'right' }}>
                    {`${r.quantity.replace(/\.?0+$/, '')} ${r.unit}`}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{money(r.net)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{money(r.tax)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{money(r.total)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">{t('quoteForm.totalRow')}</Table.Th>
                <Table.Td />
                <Table.Td style={{ textAlign: 'right' }}>{money(data.totals.net)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{money(data.totals.tax)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }} fw={700}>
                  {money(data.totals.total)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        {data && (
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed">
              {data.amountManual
                ? t('dealProducts.amountManual', { amount: money(data.amount) })
                : t('dealProducts.amountFollows')}
            </Text>
            {editable && data.amountManual && (
              <Button
                variant="subtle"
                size="xs"
                loading={follow.isPending}
                onClick={() => follow.mutate(data.version)}
              >
                {t('dealProducts.follow')}
              </Button>
            )}
          </Group>
        )}
        {follow.isError && (
          <Text size="sm" c="red.9" role="alert">
            {follow.error.message}
          </Text>
        )}
      </Stack>
      {data && opened && (
        <QuoteForm
          dealId={dealId}
          currency={currency}
          opened={opened}
          onClose={() => setOpened(false)}
          dealProducts={data}
        />
      )}
    </Card>
  );
}
