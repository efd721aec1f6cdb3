import { Alert, Badge, Code, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { diffLines } from 'diff';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { type RuleSetVersion, useRuleSetDiff, useRuleSetVersion } from '../api/rules';
import { RULES_FILE } from './rules-editor';

const EDITED = 'edited';

/**
 * Two versions compared: the structured diff of the API (what changed, stage by stage) and its
 * text; or a published version against the text in the editor, line by line.
 */
export function DiffPanel({
  published,
  versions,
  text,
}: {
  published: RuleSetVersion;
  versions: number[];
  text: string;
}) {
  const { t } = useTranslation();
  const edited = text !== published.source[RULES_FILE];
  // Edited: the text against the version it was opened from; else that version against the one before.
  const earlier = versions.filter((v) => v < published.version);
  const [from, setFrom] = useState(
    String(edited ? published.version : (earlier[0] ?? published.version)),
  );
  const [to, setTo] = useState(edited ? EDITED : String(published.version));
  const options = versions.map((v) => ({
    value: String(v),
    label: t('rules.version', { version: v }),
  }));
  return (
    <Stack gap="md">
      <Group>
        <Select
          label={t('rules.diff.from')}
          data={options}
          value={from}
          onChange={(v) => v && setFrom(v)}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={t('rules.diff.to')}
          data={[...options, { value: EDITED, label: t('rules.diff.edited') }]}
          value={to}
          onChange={(v) => v && setTo(v)}
          allowDeselect={false}
          w={200}
        />
      </Group>
      {to === EDITED ? (
        <EditedDiff ruleSetId={published.id} from={Number(from)} text={text} />
      ) : from === to ? (
        <Text>{t('rules.diff.pickTwo')}</Text>
      ) : (
        <PublishedDiff ruleSetId={published.id} from={Number(from)} to={Number(to)} />
      )}
    </Stack>
  );
}

function PublishedDiff({ ruleSetId, from, to }: { ruleSetId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const diff = useRuleSetDiff(ruleSetId, from, to);
  if (diff.isPending) return <Loading />;
  if (diff.isError) return <Alert color="red">{diff.error.message}</Alert>;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('rules.diff.changes')}
      </Title>
      {diff.data.changes.length === 0 ? (
        <Text>{t('rules.diff.none')}</Text>
      ) : (
        <Table striped aria-label={t('rules.diff.changes')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rules.diff.where')}</Table.Th>
              <Table.Th scope="col">{t('rules.diff.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {diff.data.changes.map((change, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Badge
                      variant="filled"
                      color={
                        change.change === 'added'
                          ? 'teal.9'
                          : change.change === 'removed'
                            ? 'red.9'
                            : 'blue.9'
                      }
                    >
                      {t(`rules.diff.change.${change.change}`)}
                    </Badge>
                    {change.where}
                  </Group>
                </Table.Td>
                <Table.Td>{change.text}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2} size="h4">
        {t('rules.diff.text')}
      </Title>
      <Code block>{diff.data.text || t('rules.diff.none')}</Code>
    </Stack>
  );
}

function EditedDiff({ ruleSetId, from, text }: { ruleSetId: string; from: number; text: string }) {
  const { t } = useTranslation();
  const base = useRuleSetVersion(ruleSetId, from);
  const parts = useMemo(
    () => (base.data ? diffLines(base.data.source[RULES_FILE] ?? '', text) : []),
    [base.data, text],
  );
  if (base.isPending) return <Loading />;
  if (base.isError) return <Alert color="red">{base.error.message}</Alert>;
  const changed = parts.some((p) => p.added || p.removed);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('rules.diff.editedDiff', { version: from })}
      </Title>
      {!changed ? (
        <Text>{t('rules.diff.none')}</Text>
      ) : (
        <Code block aria-label={t('rules.diff.editedDiff', { version: from })}>
          {parts.flatMap((part, i) => {
            const sign = part.added ? '+' : part.removed ? '-' : ' ';
            const lines = part.value.replace(/\n$/, '').split('\n');
            // Unchanged stretches are cut to the two lines around each change.
            const shown =
              !part.added && !part.removed && lines.length > 5
                ? [...lines.slice(0, i === 0 ? 0 : 2), '…', ...lines.slice(-2)]
                : lines;
            return shown.map((line, j) => (
              <span
                key={`${i}-${j}`}
                style={{
                  display: 'block',
                  background: part.added ? '#d3f9d8' : part.removed ? '#ffe3e3' : undefined,
                }}
              >
                {line === '…' ? '…' : `${sign} ${line}`}
              </span>
            ));
          })}
        </Code>
      )}
    </Stack>
  );
}
