import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { useFormat } from '@/lib/preferences';
import { useRuleSets } from '../api/rules';

/** The rules studio's first screen: every published rule set, each linked to its versions. */
export function RulesScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const ruleSets = useRuleSets();
  if (ruleSets.isPending) return <Loading />;
  if (ruleSets.isError) throw ruleSets.error;
  return (
    <Page title={t('rules.title')}>
      {ruleSets.data.length === 0 ? (
        <Text>{t('rules.none')}</Text>
      ) : (
        <Table striped aria-label={t('rules.ruleSets')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rules.name')}</Table.Th>
              <Table.Th scope="col">{t('rules.kind')}</Table.Th>
              <Table.Th scope="col">{t('rules.latest')}</Table.Th>
              <Table.Th scope="col">{t('rules.publishedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ruleSets.data.map((set) => (
              <Table.Tr key={set.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/rules/${set.id}`}>
                    {set.name}
                  </Anchor>{' '}
                  <Text span c="dimmed" size="sm">
                    ({set.id})
                  </Text>
                </Table.Td>
                <Table.Td>{t(`rules.kinds.${set.kind}`)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/rules/${set.id}/versions/${set.latestVersion}`}>
                    {t('rules.version', { version: set.latestVersion })}
                  </Anchor>
                </Table.Td>
                <Table.Td>{format.dateTime(set.publishedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Page>
  );
}
