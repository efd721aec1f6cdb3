import { Anchor, Table, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { useFormat } from '@/lib/preferences';
import { useRuleSetVersions, useRuleSets } from '../api/rules';
import { MigrationsPanel } from './migrations-panel';

/** A rule set: its published versions (each opens in the studio) and its migrations. */
export function RuleSetScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const ruleSets = useRuleSets();
  const versions = useRuleSetVersions(id);
  if (versions.isPending || ruleSets.isPending) return <Loading />;
  if (versions.isError) throw versions.error;
  const name = ruleSets.data?.find((set) => set.id === id)?.name ?? id;
  const tab = search.get('tab') === 'migrations' ? 'migrations' : 'versions';
  return (
    <Page title={name}>
      <Anchor component={Link} to="/rules">
        {t('rules.back')}
      </Anchor>
      <Tabs
        value={tab}
        onChange={(value) => setSearch(value === 'migrations' ? { tab: value } : {})}
      >
        <Tabs.List>
          <Tabs.Tab value="versions">{t('rules.versions')}</Tabs.Tab>
          <Tabs.Tab value="migrations">{t('rules.tabs.migrations')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="versions" pt="md">
          <Table striped aria-label={t('rules.versions')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rules.versions')}</Table.Th>
                <Table.Th scope="col">{t('rules.publishedAt')}</Table.Th>
                <Table.Th scope="col">{t('rules.publishedBy')}</Table.Th>
                <Table.Th scope="col">{t('rules.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.data.map((v) => (
                <Table.Tr key={v.version}>
                  <Table.Td>
                    <Anchor component={Link} to={`/rules/${id}/versions/${v.version}`}>
                      {t('rules.version', { version: v.version })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{format.dateTime(v.publishedAt)}</Table.Td>
                  <Table.Td>{v.publishedBy}</Table.Td>
                  <Table.Td>{v.note ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Tabs.Panel>
        <Tabs.Panel value="migrations" pt="md">
          {tab === 'migrations' && (
            <MigrationsPanel ruleSetId={id} versions={versions.data.map((v) => v.version)} />
          )}
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
