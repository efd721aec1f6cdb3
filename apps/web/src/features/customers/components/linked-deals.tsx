import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { useFormat } from '@/lib/preferences';
import { useStages } from '@/lib/rules';
import { type Deal, useLinkedDeals } from '../api/customers';

/** A deal's stage by its name in its pipeline's rules. */
function StageName({ deal }: { deal: Deal }) {
  const stages = useStages(deal.pipelineId);
  return <>{stages.data?.find((s) => s.id === deal.stage)?.name ?? deal.stage}</>;
}

/** The deals of a contact or a company: each linked to its page, its stage, amount, outcome. */
export function LinkedDeals({ link }: { link: { contactId: string } | { companyId: string } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const deals = useLinkedDeals(link);
  let content;
  if (deals.isPending) content = <Loading />;
  else if (deals.isError) content = <Text size="sm">{deals.error.message}</Text>;
  else if (!deals.data.items.length)
    content = (
      <Text size="sm" c="dimmed">
        {t('dealPage.none')}
      </Text>
    );
  else
    content = (
      <Table aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dealPage.title')}</Table.Th>
            <Table.Th scope="col">{t('customerPage.stage')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('records.amount')}
            </Table.Th>
            <Table.Th scope="col">{t('records.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deals.data.items.map((deal) => (
            <Table.Tr key={deal.id}>
              <Table.Td>
                <Anchor component={Link} to={`/deals/${deal.id}`} size="sm">
                  {deal.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StageName deal={deal} />
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {format.money(deal.amount, deal.currency)}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" size="sm">
                  {t(`dealPage.outcome.${deal.outcome}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title id={headingId} order={2} size="h4" mb="sm">
        {t('customerPage.deals')}
      </Title>
      {content}
    </Paper>
  );
}
