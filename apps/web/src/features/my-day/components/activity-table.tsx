import { Alert, Anchor, Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { IconBell, IconBellCheck, IconRobot } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { useFormat } from '@/lib/preferences';
import { type Activity, type Agenda, useAgenda, useChangeActivity } from '../api/my-day';
import { type Dialog, reminderLabel } from './activity-dialog';

/** Today's or the overdue activities, each with complete, reschedule and cancel. */
export function ActivityTable({
  which,
  agenda,
  onOpen,
}: {
  which: 'today' | 'overdue';
  agenda: Agenda;
  onOpen(dialog: Dialog): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const activities = useAgenda(which, agenda);
  const cancel = useChangeActivity();
  const title = t(which === 'today' ? 'myDay.todayList' : 'myDay.overdueList');

  let content;
  if (activities.isPending) content = <Loading />;
  else if (activities.isError) throw activities.error;
  else if (!activities.data.items.length)
    content = (
      <Text c="dimmed" size="sm">
        {t(which === 'today' ? 'myDay.nothingToday' : 'myDay.nothingOverdue')}
      </Text>
    );
  else
    content = (
      <Table.ScrollContainer minWidth={700}>
        <Table aria-labelledby={headingId} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('myDay.due')}</Table.Th>
              <Table.Th scope="col">{t('myDay.activity')}</Table.Th>
              <Table.Th scope="col">{t('myDay.record')}</Table.Th>
              <Table.Th scope="col">{t('myDay.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {activities.data.items.map((activity) => (
              <Row
                key={activity.id}
                activity={activity}
                when={
                  which === 'today' ? format.time(activity.dueAt) : format.dateTime(activity.dueAt)
                }
                onOpen={onOpen}
                onCancel={() => cancel.mutate({ action: 'cancel', activity })}
                cancelling={cancel.isPending && cancel.variables?.activity.id === activity.id}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <section aria-labelledby={headingId}>
      <Title id={headingId} order={2} size="h4" mb="xs">
        {title}
        {activities.data ? ` (${format.number(activities.data.total)})` : ''}
      </Title>
      {cancel.isError && (
        <Alert color="red" role="alert" mb="xs">
          {cancel.error.message}
        </Alert>
      )}
      {content}
    </section>
  );
}

function Row({
  activity,
  when,
  onOpen,
  onCancel,
  cancelling,
}: {
  activity: Activity;
  when: string;
  onOpen(dialog: Dialog): void;
  onCancel(): void;
  cancelling: boolean;
}) {
  const { t } = useTranslation();
  const { subject } = activity;
  return (
    <Table.Tr data-activity-id={activity.id}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" c={activity.overdue ? 'red.9' : undefined}>
          {when}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Badge variant="light" size="sm">
            {t(`activityTypes.${activity.type}`)}
          </Badge>
          <Text size="sm">{subject}</Text>
          {activity.automated && (
            <IconRobot size={16} aria-label={t('myDay.automated')} role="img" />
          )}
          {activity.remindedAt ? (
            <IconBellCheck size={16} aria-label={t('myDay.reminded')} role="img" />
          ) : (
            activity.remindBeforeMinutes !== null && (
              <IconBell
                size={16}
                role="img"
                aria-label={t('myDay.reminds', {
                  when: reminderLabel(t, String(activity.remindBeforeMinutes)),
                })}
              />
            )
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        {activity.dealId ? (
          <Anchor component={Link} to={`/deals/${activity.dealId}`} size="sm">
            {t('myDay.openDeal')}
          </Anchor>
        ) : activity.leadId ? (
          <Text size="sm">{t('myDay.lead')}</Text>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-sm"
            onClick={() => onOpen({ mode: 'complete', activity })}
            aria-label={t('myDay.completeLabel', { subject })}
          >
            {t('myDay.done')}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => onOpen({ mode: 'reschedule', activity })}
            aria-label={t('myDay.rescheduleLabel', { subject })}
          >
            {t('myDay.reschedule')}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            loading={cancelling}
            onClick={onCancel}
            aria-label={t('myDay.cancelLabel', { subject })}
          >
            {t('myDay.cancel')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
