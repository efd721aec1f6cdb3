import { Select, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { Stat } from '@/components/stat';
import { useUsers } from '@/lib/people';
import { useFormat, usePreferences } from '@/lib/preferences';
import { useCurrentUser } from '@/lib/session';
import { type Agenda, useActivityCounters } from '../api/my-day';
import { ActivityDialog, type Dialog } from './activity-dialog';
import { ActivityTable } from './activity-table';
import { UpcomingAutomation } from './upcoming-automation';

/**
 * A person's day: the counters, the overdue and today's activities (done, reschedule, cancel),
 * and what the rules will do next on their records. A head picks a member of the team; admins
 * and sales ops anyone.
 */
export function MyDayScreen() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { timeZone } = usePreferences();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const userId = params.get('person') ?? user.id;
  const agenda: Agenda = { userId, timeZone };

  return (
    <Page
      title={t('myDay.title')}
      actions={
        <PersonPicker
          userId={userId}
          onPick={(id) => setParams(id === user.id ? {} : { person: id }, { replace: true })}
        />
      }
    >
      <Counters agenda={agenda} />
      <Stack gap="xl">
        <ActivityTable which="overdue" agenda={agenda} onOpen={setDialog} />
        <ActivityTable which="today" agenda={agenda} onOpen={setDialog} />
        <UpcomingAutomation responsibleId={userId} />
      </Stack>
      <ActivityDialog dialog={dialog} onClose={() => setDialog(null)} />
    </Page>
  );
}

function Counters({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counters = useActivityCounters(agenda);
  const value = (n: number | undefined) => (n === undefined ? '…' : format.number(n));
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} maw={720}>
      <Stat label={t('myDay.counters.today')} value={value(counters.data?.today)} />
      <Stat
        label={t('myDay.counters.overdue')}
        value={value(counters.data?.overdue)}
        color={counters.data?.overdue ? 'red.9' : undefined}
      />
      <Stat
        label={t('myDay.counters.nothingPlanned')}
        value={value(counters.data?.nothingPlanned)}
      />
    </SimpleGrid>
  );
}

/** Whose day is shown: only for those who may look at others' (a head: the team). */
function PersonPicker({ userId, onPick }: { userId: string; onPick(id: string): void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const mayPick = user.role === 'head' || user.role === 'admin' || user.role === 'salesops';
  const teamOnly = user.role === 'head';
  const people = useUsers(teamOnly && user.teamId ? { teamId: user.teamId } : {}, mayPick);
  if (!mayPick || !people.data) return null;
  const options = people.data.map((p) => ({ value: p.id, label: p.name }));
  if (!options.some((o) => o.value === user.id))
    options.unshift({ value: user.id, label: user.name });
  return (
    <Select
      label={t('myDay.person')}
      data={options}
      value={userId}
      onChange={(id) => id && onPick(id)}
      allowDeselect={false}
      searchable
      w={240}
    />
  );
}
