import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RuleFiles, type RuleSetVersion, rulesProblems, useSimulate } from '../api/rules';
import { sinceStart } from '../lib/timeline-time';

const EXAMPLES: Record<string, string> = {
  pipeline: `name: Happy path
record:
  deal: { title: ACME rollout, amount: '25000.00', currency: USD, source: web }
  contact: { name: Ann Lee, email: ann@acme.test }
events:
  - { at: 2h, activity_completed: { type: call, outcome: interested } }
  - { at: 3d, activity_completed: { type: meeting, outcome: qualified } }
  - { at: 5d, quote_accepted: {} }
  - { at: 10d, payment: { amount: '25000.00' } }
`,
  lead: `name: A partner lead
record:
  lead: { title: Partner enquiry, name: Ann Lee, email: ann@acme.test, source: partner }
events:
  - { at: 2h, activity_completed: { type: call, outcome: interested } }
`,
};

/** A scenario run against the edited rules (and the published version, to compare): its timeline. */
export function SimulatePanel({
  published,
  files,
}: {
  published: RuleSetVersion;
  files: RuleFiles;
}) {
  const { t } = useTranslation();
  const [scenario, setScenario] = useState(EXAMPLES[published.kind] ?? EXAMPLES.pipeline);
  const [compare, setCompare] = useState(true);
  const simulate = useSimulate();
  const problems = rulesProblems(simulate.error);
  return (
    <Stack gap="md">
      <Textarea
        label={t('rules.simulate.scenario')}
        value={scenario}
        onChange={(event) => setScenario(event.currentTarget.value)}
        autosize
        minRows={8}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <Group>
        <Checkbox
          label={t('rules.simulate.against', { version: published.version })}
          checked={compare}
          onChange={(event) => setCompare(event.currentTarget.checked)}
        />
        <Button
          loading={simulate.isPending}
          onClick={() =>
            simulate.mutate({ files, scenario, ...(compare ? { against: published.source } : {}) })
          }
        >
          {t('rules.simulate.run')}
        </Button>
      </Group>
      {simulate.isError && (
        <Alert color="red">
          {simulate.error.message}
          {problems &&
            [...problems.problems].map((p, i) => (
              <Text key={i} size="sm">
                {p.file}:{p.line}:{p.column} {p.path} {p.message}
              </Text>
            ))}
        </Alert>
      )}
      {simulate.data && (
        <Stack gap="sm">
          <Text fw={600}>
            {t('rules.simulate.ends', { stage: simulate.data.stage })}
            {simulate.data.closed
              ? `, ${t('rules.simulate.closed', { kind: String(simulate.data.closed.kind) })}`
              : ''}
          </Text>
          <Table striped aria-label={t('rules.simulate.timeline')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rules.simulate.at')}</Table.Th>
                <Table.Th scope="col">{t('rules.simulate.what')}</Table.Th>
                <Table.Th scope="col">{t('rules.simulate.text')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {simulate.data.entries.map((entry, i) => (
                <Table.Tr key={i}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{sinceStart(entry.at)}</Table.Td>
                  <Table.Td>{entry.kind}</Table.Td>
                  <Table.Td>{entry.text}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {simulate.data.diff !== undefined && (
            <>
              <Title order={2} size="h4">
                {t('rules.simulate.differences')}
              </Title>
              <Code block>{simulate.data.diff || '—'}</Code>
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
