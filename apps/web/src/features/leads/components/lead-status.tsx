import { Alert, Button, Group, Paper, Select, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StageRule } from '@/lib/rules';
import { type Lead, useMoveLead } from '../api/lead';

/**
 * The lead's status among the lead rules' statuses, and a move to another: the lead's workflow
 * asks the rules, and a refusal shows their reason. Converted is reached by converting, not here.
 */
export function LeadStatus({ lead, statuses }: { lead: Lead; statuses: StageRule[] }) {
  const { t } = useTranslation();
  const move = useMoveLead(lead.id);
  const [to, setTo] = useState<string | null>(null);
  const name = (id: string) => statuses.find((s) => s.id === id)?.name ?? id;
  const open = lead.outcome === 'open';
  const choices = statuses
    .filter((s) => s.id !== lead.status && s.kind !== 'converted')
    .map((s) => ({ value: s.id, label: s.name }));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (to) move.mutate(to, { onSuccess: () => setTo(null) });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lead-status">
      <Title id="lead-status" order={2} size="h4" mb="sm">
        {t('leadPage.status')}
      </Title>
      <Text size="sm" mb="sm">
        {t('leadPage.statusNow', { status: name(lead.status) })}
      </Text>
      {open && (
        <form onSubmit={submit}>
          <Group align="flex-end">
            <Select
              label={t('dealPage.moveTo')}
              placeholder={t('leadPage.pickStatus')}
              data={choices}
              value={to}
              onChange={setTo}
              w={240}
            />
            <Button type="submit" disabled={!to} loading={move.isPending}>
              {t('dealPage.move')}
            </Button>
          </Group>
        </form>
      )}
      {move.isError && (
        <Alert
          color="red"
          role="alert"
          mt="sm"
          title={t('dealPage.moveRefused', { stage: name(move.variables) })}
        >
          {move.error.message}
        </Alert>
      )}
    </Paper>
  );
}
