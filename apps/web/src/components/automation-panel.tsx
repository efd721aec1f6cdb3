import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { useFormat } from '@/lib/preferences';
import { useAutomation } from '@/lib/automation';

/**
 * What a deal's or a lead's workflow will do next (its timers in words, the follow-ups it
 * watches), the last events with the rule that fired each and what they caused, and a link to
 * the workflow in the Temporal UI where one is configured.
 */
export function AutomationPanel({
  owner,
  id,
  closedText,
}: {
  owner: 'deals' | 'leads';
  id: string;
  /** What to say when the record is closed and its rules wait for nothing. */
  closedText: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const automation = useAutomation(owner, id);
  let content;
  if (automation.isPending) content = <Loading />;
  else if (automation.isError) content = <Text size="sm">{automation.error.message}</Text>;
  else {
    const a = automation.data;
    content = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('dealPage.rulesVersion', { ruleSet: a.ruleSetId, version: a.rulesVersion })}
          {a.pendingMigration
            ? ` · ${t('dealPage.pendingMigration', { version: a.pendingMigration })}`
            : ''}
        </Text>
        <div>
          <Title order={3} size="h6" mb={4}>
            {t('dealPage.next')}
          </Title>
          {a.pendingTimers.length || a.openFollowUps.length ? (
            <List size="sm" spacing={4} aria-label={t('dealPage.next')}>
              {a.pendingTimers.map((timer) => (
                <List.Item key={timer.id}>
                  <Text span size="sm" fw={600}>
                    {format.relative(timer.at)}
                  </Text>{' '}
                  <Text span size="sm" title={format.dateTime(timer.at)}>
                    {timer.description}
                  </Text>
                </List.Item>
              ))}
              {a.openFollowUps.map((f) => (
                <List.Item key={f.key}>
                  {t('dealPage.waitingFor', {
                    subject: f.subject,
                    when: format.dateTime(f.dueAt),
                  })}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {a.closed ? closedText : t('dealPage.nothingPending')}
            </Text>
          )}
        </div>
        <div>
          <Title order={3} size="h6" mb={4}>
            {t('dealPage.lastEvents')}
          </Title>
          <List size="sm" spacing={6} aria-label={t('dealPage.lastEvents')}>
            {a.lastEvents.map((event, i) => (
              <List.Item key={`${event.at}-${i}`}>
                <Text size="sm">
                  {format.dateTime(event.at)} · {event.what}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('dealPage.byRule', { rule: event.rule })}
                </Text>
                {event.caused.map((c, j) => (
                  <Text key={j} size="xs">
                    → {c.what}
                  </Text>
                ))}
              </List.Item>
            ))}
          </List>
        </div>
        {a.temporalUiUrl && (
          <Anchor href={a.temporalUiUrl} target="_blank" rel="noreferrer" size="sm">
            {t('dealPage.temporalUi')} <IconExternalLink size={14} aria-hidden />
          </Anchor>
        )}
      </Stack>
    );
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="record-automation">
      <Title id="record-automation" order={2} size="h4" mb="sm">
        {t('dealPage.automation')}
      </Title>
      {content}
    </Paper>
  );
}
