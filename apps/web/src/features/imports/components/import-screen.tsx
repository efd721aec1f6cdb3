import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { Stat } from '@/components/stat';
import { ApiError } from '@/lib/api';
import { useFormat } from '@/lib/preferences';
import {
  type ColumnMapping,
  type DuplicateMode,
  type Import,
  type ImportDryRun,
  type ImportKind,
  useCancelImport,
  useDryRun,
  useFailedRows,
  useImport,
  useSetMapping,
  useStartImport,
  useUpload,
} from '../api/imports';

const KINDS: ImportKind[] = ['lead', 'contact', 'company'];
const MODES: DuplicateMode[] = ['skip', 'update', 'create'];
const NONE = '';

/**
 * Import from CSV: upload a file, map its columns to fields, check it (the dry run names each bad
 * row), start it, and watch it: rows stored, skipped, updated, failed, and the leads' workflows
 * started behind it. The import's id is in the address, so a reload keeps the screen.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const job = useImport(id);
  const again = () => setParams({});
  return (
    <Page
      title={t('imports.title')}
      actions={
        id ? (
          <Button variant="default" onClick={again}>
            {t('imports.newImport')}
          </Button>
        ) : undefined
      }
    >
      {!id ? (
        <UploadForm onUploaded={(uploaded) => setParams({ id: uploaded.id })} />
      ) : job.isPending ? (
        <Loading />
      ) : job.isError ? (
        <Alert color="red" role="alert">
          {job.error.message}
        </Alert>
      ) : job.data.status === 'uploaded' ? (
        <MappingForm job={job.data} />
      ) : (
        <ImportProgress job={job.data} />
      )}
    </Page>
  );
}

function problemText(error: unknown): string {
  if (error instanceof ApiError && error.errors.length)
    return error.errors.map((e) => `${e.field}: ${e.problem}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

function UploadForm({ onUploaded }: { onUploaded: (job: Import) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('lead');
  const [file, setFile] = useState<File | null>(null);
  const upload = useUpload();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (file) upload.mutate({ kind, file }, { onSuccess: onUploaded });
      }}
    >
      <Stack maw={520}>
        <Text>{t('imports.intro')}</Text>
        <Select
          label={t('imports.kind')}
          data={KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as ImportKind)}
          allowDeselect={false}
        />
        <FileInput
          label={t('imports.file')}
          description={t('imports.fileHint')}
          accept=".csv,text/csv,text/plain"
          value={file}
          onChange={setFile}
        />
        {upload.isError && (
          <Alert color="red" role="alert" title={t('imports.notRead')}>
            {problemText(upload.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" disabled={!file} loading={upload.isPending}>
            {t('imports.upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MappingForm({ job }: { job: Import }) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<Record<string, string>>(() =>
    Object.fromEntries(job.mapping.map((m) => [m.column, m.field])),
  );
  const [mode, setMode] = useState<DuplicateMode>(job.duplicateMode);
  const save = useSetMapping(job.id);
  const dryRun = useDryRun(job.id);
  const start = useStartImport(job.id);
  const body = () => ({
    mapping: job.columns
      .filter((column) => mapping[column])
      .map((column): ColumnMapping => ({ column, field: mapping[column] })),
    duplicateMode: mode,
  });
  const check = () => save.mutate(body(), { onSuccess: () => dryRun.mutate() });
  const go = () => save.mutate(body(), { onSuccess: () => start.mutate() });
  const error = save.error ?? start.error ?? dryRun.error;
  const fieldOptions = [
    { value: NONE, label: t('imports.notImported') },
    ...job.fields.map((f) => ({ value: f, label: f })),
  ];
  return (
    <Stack>
      <Text>
        {t('imports.read', {
          count: job.rowCount,
          name: job.fileName ?? '',
          encoding: job.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1251',
          delimiter: job.delimiter === '\t' ? 'Tab' : job.delimiter,
        })}
      </Text>
      <Title order={2} size="h4">
        {t('imports.mapping')}
      </Title>
      <Table.ScrollContainer minWidth={600}>
        <Table striped aria-label={t('imports.mapping')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.column')}</Table.Th>
              <Table.Th scope="col">{t('imports.example')}</Table.Th>
              <Table.Th scope="col">{t('imports.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {job.columns.map((column, i) => (
              <Table.Tr key={column}>
                <Table.Td>{column}</Table.Td>
                <Table.Td>{job.preview[0]?.[i] ?? ''}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('imports.fieldOf', { column })}
                    data={fieldOptions}
                    value={mapping[column] ?? NONE}
                    onChange={(value) => setMapping({ ...mapping, [column]: value ?? NONE })}
                    allowDeselect={false}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Select
        maw={520}
        label={t('imports.duplicates')}
        description={t('imports.duplicatesHint')}
        data={MODES.map((m) => ({ value: m, label: t(`imports.modes.${m}`) }))}
        value={mode}
        onChange={(value) => value && setMode(value as DuplicateMode)}
        allowDeselect={false}
      />
      {error && (
        <Alert color="red" role="alert">
          {problemText(error)}
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={check} loading={save.isPending || dryRun.isPending}>
          {t('imports.dryRun')}
        </Button>
        <Button onClick={go} loading={start.isPending}>
          {t('imports.start')}
        </Button>
      </Group>
      {dryRun.data && <DryRunResult run={dryRun.data} />}
    </Stack>
  );
}

function DryRunResult({ run }: { run: ImportDryRun }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  return (
    <Stack aria-live="polite">
      <Title order={2} size="h4">
        {t('imports.dryRunResult')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Stat label={t('imports.valid')} value={number(run.valid)} />
        <Stat
          label={t('imports.invalid')}
          value={number(run.invalid)}
          color={run.invalid ? 'red' : undefined}
        />
        <Stat label={t('imports.wouldCreate')} value={number(run.wouldCreate)} />
        <Stat label={t('imports.wouldUpdate')} value={number(run.wouldUpdate)} />
        <Stat label={t('imports.wouldSkip')} value={number(run.wouldSkip)} />
      </SimpleGrid>
      {run.errors.length > 0 && (
        <Table striped aria-label={t('imports.errors')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.row')}</Table.Th>
              <Table.Th scope="col">{t('imports.field')}</Table.Th>
              <Table.Th scope="col">{t('imports.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.errors.map((e) => (
              <Table.Tr key={`${e.row}-${e.field}`}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{e.field}</Table.Td>
                <Table.Td>{e.problem}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {run.truncated && <Text c="dimmed">{t('imports.truncated')}</Text>}
    </Stack>
  );
}

function ImportProgress({ job }: { job: Import }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const c = job.counts;
  const done = job.rowCount - c.pending;
  const finished = job.status === 'completed' || job.status === 'cancelled';
  const failed = useFailedRows(job.id, c.failed > 0 && finished);
  const cancel = useCancelImport(job.id);
  const percent = (part: number, whole: number) => (whole ? Math.round((part * 100) / whole) : 100);
  const rowsDone = t('imports.rowsDone', { done: number(done), total: number(job.rowCount) });
  const workflows = t('imports.workflows', {
    started: number(job.workflows.started),
    total: number(job.workflows.total),
    pace: job.workflowStartsPerSecond ?? '—',
  });
  return (
    <Stack>
      <Group>
        <Text>{job.fileName}</Text>
        <Badge
          color={
            job.status === 'completed' ? 'teal.9' : job.status === 'cancelled' ? 'gray.8' : 'blue.9'
          }
        >
          {t(`imports.statuses.${job.status}`)}
        </Badge>
        {!finished && (
          <Button
            variant="default"
            color="red"
            onClick={() => cancel.mutate()}
            loading={cancel.isPending}
          >
            {t('imports.cancel')}
          </Button>
        )}
      </Group>
      {cancel.isError && (
        <Alert color="red" role="alert">
          {problemText(cancel.error)}
        </Alert>
      )}
      {job.status === 'cancelled' && <Text>{t('imports.cancelledNote')}</Text>}
      <Text>{rowsDone}</Text>
      <Progress value={percent(done, job.rowCount)} size="lg" aria-label={rowsDone} />
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Stat label={t('imports.created')} value={number(c.created)} />
        <Stat label={t('imports.updated')} value={number(c.updated)} />
        <Stat label={t('imports.skipped')} value={number(c.skipped)} />
        <Stat
          label={t('imports.failed')}
          value={number(c.failed)}
          color={c.failed ? 'red' : undefined}
        />
        <Stat label={t('imports.pending')} value={number(c.pending)} />
      </SimpleGrid>
      {job.kind === 'lead' && (
        <>
          <Text>{workflows}</Text>
          <Progress
            value={percent(job.workflows.started, job.workflows.total)}
            size="lg"
            aria-label={workflows}
          />
        </>
      )}
      {failed.data && failed.data.items.length > 0 && (
        <Table striped aria-label={t('imports.failedRows')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.row')}</Table.Th>
              <Table.Th scope="col">{t('imports.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {failed.data.items.map((r) => (
              <Table.Tr key={r.row}>
                <Table.Td>{r.row}</Table.Td>
                <Table.Td>{r.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
