import { Button, Group, Paper, Text, Textarea, Timeline, Title } from '@mantine/core';
import {
  IconArrowRight,
  IconCalendarEvent,
  IconCash,
  IconFileInvoice,
  IconFileText,
  IconMail,
  IconMessage,
} from '@tabler/icons-react';
import { type TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { fieldErrors } from '@/lib/api';
import { type Formatter } from '@/lib/format';
import { useFormat } from '@/lib/preferences';
import { type TimelineItem, type TimelineOwner, useComment, useTimeline } from '@/lib/timeline';

interface Entry {
  icon: ReactNode;
  title: string;
  detail?: string;
}

const status = (t: TFunction, value: string) =>
  t(`dealPage.status.${value as 'draft'}`, { defaultValue: value });

/** What one item of the timeline says, by its kind. */
function entryOf(
  item: TimelineItem,
  t: TFunction,
  format: Formatter,
  stageName: (id: string | null) => string,
  lossReasonName: (code: string) => string,
): Entry {
  const { stageChange: change, activity, email, quote, invoice, payment, comment } = item;
  if (change)
    return {
      icon: <IconArrowRight size={14} aria-hidden />,
      title: change.from
        ? t('dealPage.timeline.moved', { from: stageName(change.from), to: stageName(change.to) })
        : t('dealPage.timeline.created', { to: stageName(change.to) }),
      detail:
        (item.actorId
          ? t('dealPage.timeline.byPerson')
          : t('dealPage.timeline.byRules', { cause: change.cause, version: change.rulesVersion })) +
        (change.lossReason
          ? ` · ${t('dealPage.timeline.lossReason', { reason: lossReasonName(change.lossReason) })}`
          : '') +
        (change.lossNote ? ` · ${change.lossNote}` : ''),
    };
  if (activity)
    return {
      icon: <IconCalendarEvent size={14} aria-hidden />,
      title: `${t(`activityTypes.${activity.type}`)}: ${activity.subject}`,
      detail:
        activity.status === 'done'
          ? t('dealPage.timeline.done', { outcome: activity.outcome ?? '—' })
          : activity.status === 'cancelled'
            ? t('dealPage.timeline.cancelled')
            : t('dealPage.timeline.planned', { when: format.dateTime(activity.dueAt) }) +
              (activity.automated ? ` · ${t('dealPage.timeline.automated')}` : ''),
    };
  if (email)
    return {
      icon: <IconMail size={14} aria-hidden />,
      title: t('dealPage.timeline.email', { subject: email.subject }),
      detail: `${email.to} · ${status(t, email.status)}${email.error ? ` · ${email.error}` : ''}`,
    };
  if (quote || invoice) {
    const document = (quote ?? invoice)!;
    return {
      icon: quote ? (
        <IconFileText size={14} aria-hidden />
      ) : (
        <IconFileInvoice size={14} aria-hidden />
      ),
      title: t(quote ? 'dealPage.timeline.quote' : 'dealPage.timeline.invoice', {
        number: document.number,
      }),
      detail: `${format.money(document.total, document.currency)} · ${status(t, document.status)}`,
    };
  }
  if (payment)
    return {
      icon: <IconCash size={14} aria-hidden />,
      title: t('dealPage.timeline.payment', {
        amount: format.money(payment.amount, payment.currency),
        number: payment.invoiceNumber,
      }),
    };
  return {
    icon: <IconMessage size={14} aria-hidden />,
    title: t('dealPage.timeline.comment'),
    detail: comment?.body,
  };
}

/**
 * One timeline of everything that happened to a record (a deal, a lead, a contact, a company),
 * newest first, as the API keeps it (`GET /api/v1/<records>/:id/timeline`): stage changes (by a
 * person, or which rule), activities, emails sent, quotes, invoices, payments and comments; and a
 * comment box.
 */
export function RecordTimeline({
  owner,
  id,
  stages = [],
  lossReasons = [],
}: {
  owner: TimelineOwner;
  id: string;
  /** The record's stages or statuses, to name them (their ids otherwise). */
  stages?: { id: string; name: string }[];
  /** A deal's loss reasons, to name them (their codes otherwise). */
  lossReasons?: { code: string; label: string }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const timeline = useTimeline(owner, id);
  const stageName = (stage: string | null) =>
    stages.find((s) => s.id === stage)?.name ?? stage ?? '';
  const lossReasonName = (code: string) => lossReasons.find((r) => r.code === code)?.label ?? code;
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="record-timeline">
      <Title id="record-timeline" order={2} size="h4" mb="sm">
        {t('dealPage.timeline.title')}
      </Title>
      <CommentBox owner={owner} id={id} />
      {timeline.isPending ? (
        <Loading />
      ) : timeline.isError ? (
        <Text size="sm">{timeline.error.message}</Text>
      ) : (
        <Timeline bulletSize={22} lineWidth={2} mt="md">
          {items.map((item) => {
            const entry = entryOf(item, t, format, stageName, lossReasonName);
            return (
              <Timeline.Item
                key={`${item.kind}-${item.id}`}
                bullet={entry.icon}
                title={
                  <Text size="sm" fw={600}>
                    {entry.title}
                  </Text>
                }
              >
                {entry.detail && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.detail}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {format.dateTime(item.at)}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      {timeline.hasNextPage && (
        <Button
          variant="light"
          size="xs"
          mt="sm"
          loading={timeline.isFetchingNextPage}
          onClick={() => void timeline.fetchNextPage()}
        >
          {t('dealPage.timeline.older')}
        </Button>
      )}
    </Paper>
  );
}

function CommentBox({ owner, id }: { owner: TimelineOwner; id: string }) {
  const { t } = useTranslation();
  const comment = useComment(owner, id);
  const [body, setBody] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    comment.mutate(body, { onSuccess: () => setBody('') });
  };
  return (
    <form onSubmit={submit}>
      <Textarea
        label={t('dealPage.timeline.commentLabel')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        error={
          fieldErrors(comment.error).body ?? (comment.isError ? comment.error.message : undefined)
        }
        autosize
        minRows={2}
        maxLength={5000}
      />
      <Group justify="flex-end" mt="xs">
        <Button type="submit" size="xs" disabled={!body.trim()} loading={comment.isPending}>
          {t('dealPage.timeline.addComment')}
        </Button>
      </Group>
    </form>
  );
}
