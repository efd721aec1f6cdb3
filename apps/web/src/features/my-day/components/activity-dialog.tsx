import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { type TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '@/lib/api';
import { usePreferences } from '@/lib/preferences';
import { fromWallTime, toWallTime } from '@/lib/zoned-time';
import { type Activity, useChangeActivity } from '../api/my-day';

export type Dialog = { mode: 'complete' | 'reschedule'; activity: Activity } | null;

/** Completing (with its outcome) or rescheduling one activity, in a modal. */
export function ActivityDialog({ dialog, onClose }: { dialog: Dialog; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={!!dialog}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      title={
        dialog
          ? t(dialog.mode === 'complete' ? 'myDay.completeTitle' : 'myDay.rescheduleTitle', {
              subject: dialog.activity.subject,
            })
          : ''
      }
    >
      {dialog && <DialogForm key={dialog.activity.id} dialog={dialog} onDone={onClose} />}
    </Modal>
  );
}

function DialogForm({ dialog, onDone }: { dialog: NonNullable<Dialog>; onDone(): void }) {
  const { t } = useTranslation();
  const { timeZone } = usePreferences();
  const change = useChangeActivity();
  const [outcome, setOutcome] = useState('');
  // Rescheduling offers the same time tomorrow, or an hour from now if that is later.
  const [dueAt, setDueAt] = useState(() => {
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const sameTimeTomorrow = new Date(dialog.activity.dueAt);
    while (sameTimeTomorrow < tomorrow)
      sameTimeTomorrow.setTime(sameTimeTomorrow.getTime() + 24 * 3600_000);
    return toWallTime(sameTimeTomorrow, timeZone);
  });
  const [remind, setRemind] = useState(() =>
    dialog.activity.remindBeforeMinutes === null ? '' : String(dialog.activity.remindBeforeMinutes),
  );
  const errors = fieldErrors(change.error);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { activity } = dialog;
    const request =
      dialog.mode === 'complete'
        ? { action: 'complete' as const, activity, outcome: outcome.trim() || undefined }
        : {
            action: 'reschedule' as const,
            activity,
            dueAt: fromWallTime(dueAt, timeZone),
            remindBeforeMinutes: remind === '' ? null : Number(remind),
          };
    change.mutate(request, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        {dialog.mode === 'complete' ? (
          <TextInput
            label={t('myDay.outcome')}
            description={t('myDay.outcomeHint')}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            error={errors.outcome}
            maxLength={100}
            data-autofocus
          />
        ) : (
          <>
            <TextInput
              type="datetime-local"
              label={t('myDay.newTime')}
              description={timeZone}
              value={dueAt}
              onChange={(e) => setDueAt(e.currentTarget.value)}
              error={errors.dueAt}
              required
              data-autofocus
            />
            <RemindMe value={remind} onChange={setRemind} error={errors.remindBeforeMinutes} />
          </>
        )}
        {change.isError && !Object.keys(errors).length && (
          <Alert color="red" role="alert">
            {change.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            {t(dialog.mode === 'complete' ? 'myDay.complete' : 'myDay.reschedule')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The reminder choices, in minutes before the due time ('' is none). */
const REMINDER_MINUTES = ['', '0', '5', '15', '30', '60', '1440'];

/** "Remind me": by email, so many minutes before the activity is due, or not at all. */
export function RemindMe({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange(value: string): void;
  error?: string;
}) {
  const { t } = useTranslation();
  const choices = REMINDER_MINUTES.includes(value)
    ? REMINDER_MINUTES
    : [...REMINDER_MINUTES, value];
  return (
    <Select
      label={t('myDay.remindMe')}
      description={t('myDay.remindHint')}
      data={choices.map((minutes) => ({ value: minutes, label: reminderLabel(t, minutes) }))}
      value={value}
      onChange={(v) => onChange(v ?? '')}
      allowDeselect={false}
      error={error}
    />
  );
}

export function reminderLabel(t: TFunction, minutes: string): string {
  if (minutes === '') return t('myDay.reminder.none');
  const n = Number(minutes);
  if (n === 0) return t('myDay.reminder.atDue');
  if (n % 1440 === 0) return t('myDay.reminder.days', { count: n / 1440 });
  if (n % 60 === 0) return t('myDay.reminder.hours', { count: n / 60 });
  return t('myDay.reminder.minutes', { count: n });
}
