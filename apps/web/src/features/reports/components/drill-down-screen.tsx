import { Alert, Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { useFormat } from '@/lib/preferences';
import { useDrillDown } from '../api/reports';

/** The records a report's figure counts: the deal or lead list query the report gave. */
export function DrillDownScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const path = params.get('path');
  const title = params.get('title') ?? t('reports.records');
  const records = useDrillDown(path);
  const deals = path?.startsWith('/api/v1/deals');

  let content;
  if (!path || !/^\/api\/v1\/(deals|leads)\?/.test(path))
    content = <Alert color="red">{t('reports.badDrill')}</Alert>;
  else if (records.isPending) content = <Loading />;
  else if (records.isError)
    content = (
      <Alert color="red" role="alert">
        {records.error.message}
      </Alert>
    );
  else
    content = (
      <>
        <Text size="sm" c="dimmed">
          {t('reports.recordCount', { count: records.data.total })}
        </Text>
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label={title} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.recordTitle')}</Table.Th>
                <Table.Th scope="col">{t('reports.stage')}</Table.Th>
                {deals && <Table.Th scope="col">{t('reports.amount')}</Table.Th>}
                <Table.Th scope="col">{t('reports.created')}</Table.Th>
                <Table.Th scope="col">{t('reports.closed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    {deals ? (
                      <Anchor component={Link} to={`/deals/${r.id}`} size="sm">
                        {r.title}
                      </Anchor>
                    ) : (
                      r.title
                    )}
                  </Table.Td>
                  <Table.Td>{r.stage}</Table.Td>
                  {deals && (
                    <Table.Td>
                      {r.amount && r.currency ? format.money(r.amount, r.currency) : '—'}
                    </Table.Td>
                  )}
                  <Table.Td>{format.date(r.createdAt)}</Table.Td>
                  <Table.Td>{r.closedAt ? format.date(r.closedAt) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </>
    );
  return (
    <Page title={title}>
      <Anchor component="button" size="sm" onClick={() => void navigate(-1)} w="fit-content">
        {t('reports.back')}
      </Anchor>
      {content}
    </Page>
  );
}
