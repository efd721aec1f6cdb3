import { Anchor, Badge, Button, Group, Select, Tabs } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import {
  type RuleFiles,
  type RuleSetVersion,
  useCheckedRules,
  useRuleSetVersion,
  useRuleSetVersions,
} from '../api/rules';
import { PipelineGraphView } from './pipeline-graph-view';
import { RULES_FILE, RulesEditor } from './rules-editor';

const TABS = ['editor', 'graph', 'diff', 'simulate', 'impact', 'migrations'] as const;
type Tab = (typeof TABS)[number];

/** The studio on one version of a rule set: its YAML to edit, check, draw, compare and publish. */
export function VersionScreen() {
  const { id = '', version = '' } = useParams();
  const number = Number(version);
  const published = useRuleSetVersion(id, Number.isInteger(number) ? number : undefined);
  if (published.isPending) return <Loading />;
  if (published.isError) throw published.error;
  // A fresh studio for each version: its text starts as that version's.
  return <Studio key={`${id}@${number}`} published={published.data} />;
}

function Studio({ published }: { published: RuleSetVersion }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const versions = useRuleSetVersions(published.id);
  const original = published.source[RULES_FILE] ?? '';
  const [text, setText] = useState(original);
  const [checkedText] = useDebouncedValue(text, 400);
  const files = useMemo<RuleFiles>(
    () => ({ ...published.source, [RULES_FILE]: checkedText }),
    [published.source, checkedText],
  );
  const checked = useCheckedRules(files);
  const tabParam = search.get('tab') as Tab | null;
  const tab: Tab = tabParam && TABS.includes(tabParam) ? tabParam : 'editor';
  const edited = text !== original;
  const [graphText] = useDebouncedValue(text, 250);

  return (
    <Page
      title={`${published.name} · ${t('rules.version', { version: published.version })}`}
      actions={
        <Group gap="sm">
          {edited && <Badge color="dark.6">{t('rules.editor.edited')}</Badge>}
          <Select
            aria-label={t('rules.versions')}
            w={160}
            value={String(published.version)}
            data={(versions.data ?? [published]).map((v) => ({
              value: String(v.version),
              label: t('rules.version', { version: v.version }),
            }))}
            onChange={(value) => value && navigate(`/rules/${published.id}/versions/${value}`)}
            allowDeselect={false}
          />
        </Group>
      }
    >
      <Group justify="space-between">
        <Anchor component={Link} to={`/rules/${published.id}`}>
          {t('rules.backToVersions', { name: published.name })}
        </Anchor>
        {edited && (
          <Button variant="subtle" size="xs" onClick={() => setText(original)}>
            {t('rules.editor.reset')}
          </Button>
        )}
      </Group>
      <Tabs value={tab} onChange={(value) => setSearch(value === 'editor' ? {} : { tab: value! })}>
        <Tabs.List>
          {TABS.filter((name) => name === 'editor' || name === 'graph').map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`rules.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="editor" pt="md">
          <RulesEditor
            name={published.name}
            text={text}
            onChange={setText}
            checkedText={checked.isPlaceholderData ? '' : checkedText}
            checked={checked.data}
            checking={checked.isFetching}
            checkError={checked.error}
          />
        </Tabs.Panel>
        <Tabs.Panel value="graph" pt="md">
          {tab === 'graph' && <PipelineGraphView text={graphText} />}
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
