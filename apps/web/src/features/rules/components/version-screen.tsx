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
import { versionOf } from '../lib/timeline-time';
import { DiffPanel } from './diff-panel';
import { ImpactPanel } from './impact-panel';
import { MigrationsPanel } from './migrations-panel';
import { PipelineGraphView } from './pipeline-graph-view';
import { RULES_FILE, RulesEditor } from './rules-editor';
import { SimulatePanel } from './simulate-panel';

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
  const [debouncedGraphText] = useDebouncedValue(text, 250);
  const editedFiles = useMemo<RuleFiles>(
    () => ({ ...published.source, [RULES_FILE]: text }),
    [published.source, text],
  );
  const versionNumbers = (versions.data ?? [published]).map((v) => v.version);
  // The checker has passed the text as it is now.
  const valid = !!checked.data?.valid && !checked.isPlaceholderData && checkedText === text;
  const watching = search.get('migration') ?? undefined;

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
      <Tabs
        value={tab}
        onChange={(value) => setSearch(value === 'editor' ? {} : { tab: value! })}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((name) => (
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
          <PipelineGraphView text={debouncedGraphText} />
        </Tabs.Panel>
        <Tabs.Panel value="diff" pt="md">
          <DiffPanel published={published} versions={versionNumbers} text={text} />
        </Tabs.Panel>
        <Tabs.Panel value="simulate" pt="md">
          <SimulatePanel published={published} files={editedFiles} />
        </Tabs.Panel>
        <Tabs.Panel value="impact" pt="md">
          <ImpactPanel
            published={published}
            files={editedFiles}
            version={versionOf(text)}
            valid={valid}
            onMigrationStarted={(migrationId) =>
              setSearch({ tab: 'migrations', migration: migrationId })
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="migrations" pt="md">
          <MigrationsPanel
            ruleSetId={published.id}
            versions={versionNumbers}
            recordKind={published.kind === 'lead' ? 'lead' : 'deal'}
            watching={watching}
            onWatch={(migrationId) =>
              setSearch(
                migrationId ? { tab: 'migrations', migration: migrationId } : { tab: 'migrations' },
              )
            }
          />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
