import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '@/lib/api';
import { useFormat } from '@/lib/preferences';
import {
  type ImpactKind,
  type ImpactPreview,
  type RecordImpact,
  type RuleFiles,
  type RuleSetVersion,
  rulesProblems,
  useImpact,
  usePublish,
  useStartMigration,
} from '../api/rules';

const KINDS: ImpactKind[] = ['changed', 'refused', 'failed', 'unknown', 'unaffected'];
const PAGE = 20;

/**
 * What the edited rules would do to the records running now (the impact preview, replayed from
 * each record's own inputs), then publishing them with a note, then migrating the records.
 */
export function ImpactPanel({
  published,
  files,
  version,
  valid,
  onMigrationStarted,
}: {
  published: RuleSetVersion;
  files: RuleFiles;
  /** The version the edited text says. */
  version: number | undefined;
  /** The edited text passed the checker. */
  valid: boolean;
  onMigrationStarted: (migrationId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const impact = useImpact(published.id);
  const [preview, setPreview] = useState<ImpactPreview | null>(null);
  const [kind, setKind] = useState<ImpactKind>('changed');
  const [examples, setExamples] = useState<RecordImpact[]>([]);

  const run = (nextKind: ImpactKind, offset: number) =>
    impact.mutate(
      { files, kinds: [nextKind], offset, limit: PAGE },
      {
        onSuccess: (answer) => {
          setPreview(answer);
          setKind(nextKind);
          setExamples((shown) =>
            offset === 0 ? answer.examples.items : [...shown, ...answer.examples.items],
          );
        },
      },
    );

  return (
    <Stack gap="lg">
      <section aria-labelledby="impact-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="impact-title">
            {t('rules.impact.title')}
          </Title>
          {!valid && <Alert color="yellow">{t('rules.impact.invalid')}</Alert>}
          <Group>
            <Button
              onClick={() => run('changed', 0)}
              loading={impact.isPending && !preview}
              disabled={!valid}
            >
              {t('rules.impact.preview')}
            </Button>
          </Group>
          {impact.isError && <Alert color="red">{impact.error.message}</Alert>}
          {preview && (
            <>
              <Text size="sm">
                {t('rules.impact.of', {
                  version: preview.version,
                  total: preview.total,
                  at: format.dateTime(preview.at),
                })}
              </Text>
              <Group gap="xs" role="group" aria-label={t('rules.impact.counts')}>
                {KINDS.map((k) => (
                  <Button
                    key={k}
                    size="xs"
                    variant={k === kind ? 'filled' : 'light'}
                    aria-pressed={k === kind}
                    aria-label={t('rules.impact.show', { kind: t(`rules.impact.kinds.${k}`) })}
                    onClick={() => run(k, 0)}
                  >
                    {t(`rules.impact.kinds.${k}`)}: {preview.counts[k]}
                  </Button>
                ))}
              </Group>
              <Table striped aria-label={t('rules.impact.byStage')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('rules.impact.stage')}</Table.Th>
                    {KINDS.map((k) => (
                      <Table.Th scope="col" key={k}>
                        {t(`rules.impact.kinds.${k}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.byStage.map((row) => (
                    <Table.Tr key={row.stage}>
                      <Table.Td>{row.stage}</Table.Td>
                      {KINDS.map((k) => (
                        <Table.Td key={k}>{row[k]}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Examples
                kind={kind}
                items={examples}
                total={preview.examples.total}
                loading={impact.isPending}
                onMore={() => run(kind, examples.length)}
              />
            </>
          )}
        </Stack>
      </section>
      <PublishSection
        published={published}
        files={files}
        version={version}
        valid={valid}
        onMigrationStarted={onMigrationStarted}
      />
    </Stack>
  );
}

function Examples({
  kind,
  items,
  total,
  loading,
  onMore,
}: {
  kind: ImpactKind;
  items: RecordImpact[];
  total: number;
  loading: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const kindName = t(`rules.impact.kinds.${kind}`);
  return (
    <Stack gap="xs">
      <Table striped aria-label={`${t('rules.impact.examples')}: ${kindName}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rules.impact.record')}</Table.Th>
            <Table.Th scope="col">{t('rules.impact.now')}</Table.Th>
            <Table.Th scope="col">{t('rules.impact.after')}</Table.Th>
            <Table.Th scope="col">{t('rules.impact.what')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((record) => {
            const what = [
              ...record.triggered.map((a) => t('rules.impact.runsNow', { what: a.what })),
              ...record.timersAdded.map((x) =>
                t('rules.impact.added', { what: x.description, at: format.dateTime(x.at) }),
              ),
              ...record.timersRemoved.map((x) =>
                t('rules.impact.removed', { what: x.description, at: format.dateTime(x.at) }),
              ),
              ...record.timersRetimed.map((x) =>
                t('rules.impact.retimed', {
                  what: x.description,
                  at: format.dateTime(x.at),
                  was: x.from ? format.dateTime(x.from) : '—',
                }),
              ),
              ...(record.reason ? [record.reason] : []),
            ];
            return (
              <Table.Tr key={record.recordId}>
                <Table.Td>
                  <Anchor component={Link} to={`/${record.recordKind}s/${record.recordId}`}>
                    {record.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {record.stage}{' '}
                  <Badge variant="outline" color="gray.8">
                    {t('rules.versionShort', { version: record.version })}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {record.stageAfter}
                  {record.closedAfter ? ` (${record.closedAfter})` : ''}
                </Table.Td>
                <Table.Td>
                  {what.length === 0 ? (
                    t('rules.impact.nothing')
                  ) : (
                    <List size="sm" spacing={2}>
                      {what.map((line, i) => (
                        <List.Item key={i}>{line}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group gap="sm">
        <Text size="sm">{t('rules.impact.shown', { shown: items.length, total })}</Text>
        {items.length < total && (
          <Button size="xs" variant="light" onClick={onMore} loading={loading}>
            {t('rules.impact.more')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

interface BrokenRecord {
  recordKind: string;
  recordId: string;
  title: string;
  stage: string;
  reason: string;
}

function PublishSection({
  published,
  files,
  version,
  valid,
  onMigrationStarted,
}: {
  published: RuleSetVersion;
  files: RuleFiles;
  version: number | undefined;
  valid: boolean;
  onMigrationStarted: (migrationId: string) => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const publish = usePublish(published.id);
  const migrate = useStartMigration(published.id);
  const problems = rulesProblems(publish.error);
  const broken =
    publish.error instanceof ApiError && Array.isArray(publish.error.problem.records)
      ? (publish.error.problem.records as BrokenRecord[])
      : [];
  const done = publish.data;
  return (
    <section aria-labelledby="publish-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="publish-title">
          {t('rules.publish.title')}
        </Title>
        <Textarea
          label={t('rules.publish.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
        />
        <Group>
          <Button
            disabled={!valid || version === undefined}
            loading={publish.isPending}
            onClick={() => publish.mutate({ files, ...(note.trim() ? { note: note.trim() } : {}) })}
          >
            {t('rules.publish.button', { version: version ?? '?' })}
          </Button>
        </Group>
        {publish.isError && (
          <Alert color="red" role="alert">
            {publish.error.message}
            {problems?.problems.map((p, i) => (
              <Text key={i} size="sm">
                {p.file}:{p.line}:{p.column} {p.path} {p.message}
              </Text>
            ))}
            {broken.length > 0 && (
              <>
                <Text size="sm">{t('rules.publish.breaks')}</Text>
                <List size="sm">
                  {broken.map((r) => (
                    <List.Item key={r.recordId}>
                      {r.title} ({r.stage}): {r.reason}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}
        {done && (
          <Alert color="green" role="status">
            <Stack gap="xs">
              <Text size="sm">
                {done.status === 'published'
                  ? t('rules.publish.done', { version: done.version })
                  : t('rules.publish.unchanged', { version: done.version })}
              </Text>
              {done.version !== published.version && (
                <Group>
                  <Button
                    size="xs"
                    loading={migrate.isPending}
                    disabled={migrate.isSuccess}
                    onClick={() =>
                      migrate.mutate(
                        {
                          fromVersion: published.version,
                          toVersion: done.version,
                          batchSize: 50,
                          ...(note.trim() ? { note: note.trim() } : {}),
                        },
                        { onSuccess: (migration) => onMigrationStarted(migration.id) },
                      )
                    }
                  >
                    {t('rules.publish.migrateNow', { version: done.version })}
                  </Button>
                </Group>
              )}
              {migrate.isError && <Text size="sm">{migrate.error.message}</Text>}
            </Stack>
          </Alert>
        )}
      </Stack>
    </section>
  );
}
