import { Anchor, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { useFormat } from '@/lib/preferences';
import { useUpcomingAutomation } from '../api/my-day';

/** The follow-ups, reminders, escalations and timed moves the rules will fire next. */
export function UpcomingAutomation({ responsibleId }: { responsibleId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const upcoming = useUpcomingAutomation(responsibleId);

  let content;
  if (upcoming.isPending) content = <Loading />;
  else if (upcoming.isError) throw upcoming.error;
  else if (!upcoming.data.items.length)
    content = (
      <Text c="dimmed" size="sm">
        {t('myDay.noAutomation')}
      </Text>
    );
  else
    content = (
      <Table.ScrollContainer minWidth={600}>
        <Table aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('myDay.when')}</Table.Th>
              <Table.Th scope="col">{t('myDay.record')}</Table.Th>
              <Table.Th scope="col">{t('myDay.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {upcoming.data.items.map((item, index) => (
              <Table.Tr key={`${item.recordId}-${item.at}-${index}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" title={format.dateTime(item.at)}>
                    {format.relative(item.at)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {item.recordKind === 'deal' ? (
                    <Anchor component={Link} to={`/deals/${item.recordId}`} size="sm">
                      {item.recordTitle}
                    </Anchor>
                  ) : (
                    <Text size="sm">
                      {item.recordTitle} ({t('myDay.lead')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.description}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <section aria-labelledby={headingId}>
      <Title id={headingId} order={2} size="h4" mb="xs">
        {t('myDay.upcoming')}
      </Title>
      {content}
    </section>
  );
}
