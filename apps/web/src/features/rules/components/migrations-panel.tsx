import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { fieldErrors } from '@/lib/api';
import { useFormat } from '@/lib/preferences';
import {
  type MigratedRecord,
  type RulesMigration,
  useControlMigration,
  useMigration,
  useMigrationRecords,
  useMigrations,
  useStartMigration,
} from '../api/rules';

const STATUS_COLOR: Record<RulesMigration['status'], string> = {
  running: 'blue.9',
  paused: 'dark.6',
  completed: 'teal.9',
  cancelled: 'red.9',
};

/**
 * The rule set's migrations: start one (from a version to another, some stages or all, a note,
 * a pace), and watch each one's progress, pause, resume or cancel it, and list its records.
 */
export function MigrationsPanel({
  ruleSetId,
  versions,
  recordKind = 'deal',
  watching,
  onWatch,
}: {
  ruleSetId: string;
  versions: number[];
  recordKind?: 'deal' | 'lead';
  watching?: string;
  onWatch?: (migrationId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const migrations = useMigrations(ruleSetId);
  const [shown, setShown] = useState<string | undefined>(watching);
  const open = watching ?? shown;
  const watch = (id: string | undefined) => (onWatch ? onWatch(id) : setShown(id));
  if (migrations.isPending) return <Loading />;
  if (migrations.isError) throw migrations.error;
  return (
    <Stack gap="lg">
      {open && (
        <MigrationProgress ruleSetId={ruleSetId} migrationId={open} recordKind={recordKind} />
      )}
      <StartForm
        ruleSetId={ruleSetId}
        versions={versions}
        onStarted={(migration) => watch(migration.id)}
      />
      <section aria-labelledby="migrations-title">
        <Title order={2} size="h4" id="migrations-title" mb="xs">
          {t('rules.migrations.title')}
        </Title>
        {migrations.data.length === 0 ? (
          <Text>{t('rules.migrations.none')}</Text>
        ) : (
          <Table striped aria-label={t('rules.migrations.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rules.migrations.versions')}</Table.Th>
                <Table.Th scope="col">{t('rules.migrations.startedAt')}</Table.Th>
                <Table.Th scope="col">{t('rules.migrations.startedBy')}</Table.Th>
                <Table.Th scope="col">{t('rules.note')}</Table.Th>
                <Table.Th scope="col">{t('rules.migrations.progress')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('rules.migrations.watch')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {migrations.data.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    v{m.fromVersion} → v{m.toVersion}
                  </Table.Td>
                  <Table.Td>{format.dateTime(m.startedAt)}</Table.Td>
                  <Table.Td>{m.startedBy}</Table.Td>
                  <Table.Td>{m.note ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Badge color={STATUS_COLOR[m.status]}>
                        {t(`rules.migrations.status.${m.status}`)}
                      </Badge>
                      {t('rules.migrations.progressOf', { done: done(m), total: m.total })}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="light"
                      aria-label={`${t('rules.migrations.watch')}: ${t('rules.migrations.watching', { from: m.fromVersion, to: m.toVersion })}, ${format.dateTime(m.startedAt)}`}
                      onClick={() => watch(m.id)}
                    >
                      {t('rules.migrations.watch')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </Stack>
  );
}

const done = (m: RulesMigration) => m.counts.migrated + m.counts.refused + m.counts.failed;

function StartForm({
  ruleSetId,
  versions,
  onStarted,
}: {
  ruleSetId: string;
  versions: number[];
  onStarted: (migration: RulesMigration) => void;
}) {
  const { t } = useTranslation();
  const start = useStartMigration(ruleSetId);
  const sorted = [...versions].sort((a, b) => b - a);
  const [fromVersion, setFrom] = useState(String(sorted[1] ?? sorted[0] ?? ''));
  const [toVersion, setTo] = useState(String(sorted[0] ?? ''));
  const [stages, setStages] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [batchSize, setBatchSize] = useState<number | string>(50);
  const [pace, setPace] = useState<number | string>('');
  const errors = fieldErrors(start.error);
  const options = sorted.map((v) => ({
    value: String(v),
    label: t('rules.version', { version: v }),
  }));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="start-migration-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          start.mutate(
            {
              fromVersion: Number(fromVersion),
              toVersion: Number(toVersion),
              batchSize: Number(batchSize) || 50,
              ...(stages.length ? { filter: { stages } } : {}),
              ...(note.trim() ? { note: note.trim() } : {}),
              ...(pace !== '' ? { maxRecordsPerSecond: Number(pace) } : {}),
            },
            { onSuccess: onStarted },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="start-migration-title">
            {t('rules.migrations.start')}
          </Title>
          <Group align="flex-start">
            <Select
              label={t('rules.migrations.fromVersion')}
              data={options}
              value={fromVersion}
              onChange={(v) => v && setFrom(v)}
              allowDeselect={false}
              error={errors.fromVersion}
              w={160}
            />
            <Select
              label={t('rules.migrations.toVersion')}
              data={options}
              value={toVersion}
              onChange={(v) => v && setTo(v)}
              allowDeselect={false}
              error={errors.toVersion}
              w={160}
            />
            <NumberInput
              label={t('rules.migrations.batchSize')}
              value={batchSize}
              onChange={setBatchSize}
              min={1}
              max={500}
              error={errors.batchSize}
              w={120}
            />
            <NumberInput
              label={t('rules.migrations.pace')}
              value={pace}
              onChange={setPace}
              min={1}
              max={1000}
              error={errors.maxRecordsPerSecond}
              w={300}
            />
          </Group>
          <TagsInput
            label={t('rules.migrations.stages')}
            value={stages}
            onChange={setStages}
            error={errors['filter.stages']}
          />
          <TextInput
            label={t('rules.migrations.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={1000}
            error={errors.note}
          />
          {start.isError && Object.keys(errors).length === 0 && (
            <Alert color="red">{start.error.message}</Alert>
          )}
          <Group>
            <Button type="submit" loading={start.isPending}>
              {t('rules.migrations.startButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** One migration as it goes: its progress bar and counts (refetched while it runs), its records. */
function MigrationProgress({
  ruleSetId,
  migrationId,
  recordKind,
}: {
  ruleSetId: string;
  migrationId: string;
  recordKind: 'deal' | 'lead';
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const migration = useMigration(ruleSetId, migrationId);
  const control = useControlMigration(ruleSetId);
  const [outcome, setOutcome] = useState<MigratedRecord['outcome'] | undefined>(undefined);
  const records = useMigrationRecords(
    ruleSetId,
    migrationId,
    outcome,
    migration.data &&
      `${migration.data.status}:${done(migration.data)}:${migration.data.counts.migrating}`,
  );
  if (migration.isPending) return <Loading />;
  if (migration.isError) return <Alert color="red">{migration.error.message}</Alert>;
  const m = migration.data;
  const label = t('rules.migrations.progressLabel', { from: m.fromVersion, to: m.toVersion });
  const percent = m.total ? Math.round((done(m) / m.total) * 100) : 100;
  const act = (action: 'pause' | 'resume' | 'cancel') => control.mutate({ migrationId, action });
  return (
    <Paper withBorder p="md" component="section" aria-label={label}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('rules.migrations.watching', { from: `v${m.fromVersion}`, to: `v${m.toVersion}` })}
          </Title>
          <Badge color={STATUS_COLOR[m.status]} size="lg">
            {t(`rules.migrations.status.${m.status}`)}
          </Badge>
        </Group>
        <Progress value={percent} size="lg" aria-label={label} />
        <Text size="sm" role="status">
          {t('rules.migrations.progressOf', { done: done(m), total: m.total })} ·{' '}
          {t('rules.migrations.counts', { ...m.counts, remaining: m.remaining })}
        </Text>
        {m.note && <Text size="sm">{m.note}</Text>}
        <Group gap="xs">
          {m.status === 'running' && (
            <Button
              size="xs"
              variant="light"
              onClick={() => act('pause')}
              loading={control.isPending}
            >
              {t('rules.migrations.pause')}
            </Button>
          )}
          {m.status === 'paused' && (
            <Button
              size="xs"
              variant="light"
              onClick={() => act('resume')}
              loading={control.isPending}
            >
              {t('rules.migrations.resume')}
            </Button>
          )}
          {(m.status === 'running' || m.status === 'paused') && (
            <Button
              size="xs"
              variant="outline"
              color="red.9"
              onClick={() => act('cancel')}
              loading={control.isPending}
            >
              {t('rules.migrations.cancel')}
            </Button>
          )}
        </Group>
        {control.isError && <Alert color="red">{control.error.message}</Alert>}
        <Select
          label={t('rules.migrations.outcome')}
          w={200}
          clearable
          value={outcome ?? null}
          onChange={(v) => setOutcome((v as MigratedRecord['outcome']) ?? undefined)}
          data={(['migrating', 'migrated', 'refused', 'failed'] as const).map((o) => ({
            value: o,
            label: t(`rules.migrations.outcomes.${o}`),
          }))}
        />
        <Table striped aria-label={`${t('rules.migrations.records')}: ${label}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rules.impact.record')}</Table.Th>
              <Table.Th scope="col">{t('rules.migrations.outcome')}</Table.Th>
              <Table.Th scope="col">{t('rules.migrations.reason')}</Table.Th>
              <Table.Th scope="col">{t('rules.migrations.at')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(records.data?.items ?? []).map((r) => (
              <Table.Tr key={r.recordId}>
                <Table.Td>
                  <Link to={`/${recordKind}s/${r.recordId}`}>{r.recordId.slice(0, 8)}</Link>
                </Table.Td>
                <Table.Td>{t(`rules.migrations.outcomes.${r.outcome}`)}</Table.Td>
                <Table.Td>{r.reason ?? '—'}</Table.Td>
                <Table.Td>{format.dateTime(r.at)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
