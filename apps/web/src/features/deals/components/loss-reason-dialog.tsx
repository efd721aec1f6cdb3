import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLossReasons } from '@/lib/rules';

/** A move to a lost stage waiting for its reason: which deal, to which stage. */
export interface LossMove {
  deal: { id: string; title: string; pipelineId: string; rulesVersion: number };
  to: { id: string; name: string };
}

export interface LossAnswer {
  lossReason?: string;
  lossNote?: string;
}

/** The longest note the API takes. */
const MAX_NOTE = 2000;

/**
 * Asks why a deal is lost before it moves to a lost stage (the board's drag, the deal page's stage
 * bar): one of the loss reasons of the rules version the deal runs, and a note. A version that
 * names no reasons asks only for the note.
 */
export function LossReasonDialog({
  move,
  onCancel,
  onConfirm,
}: {
  move: LossMove | null;
  onCancel(): void;
  onConfirm(answer: LossAnswer): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={!!move}
      onClose={onCancel}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      title={move ? t('dealPage.loss.title', { title: move.deal.title }) : ''}
    >
      {move && (
        <LossForm
          key={`${move.deal.id}/${move.to.id}`}
          move={move}
          onCancel={onCancel}
          onConfirm={onConfirm}
        />
      )}
    </Modal>
  );
}

function LossForm({
  move,
  onCancel,
  onConfirm,
}: {
  move: LossMove;
  onCancel(): void;
  onConfirm(answer: LossAnswer): void;
}) {
  const { t } = useTranslation();
  const reasons = useLossReasons(move.deal.pipelineId, move.deal.rulesVersion);
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const needsReason = (reasons.data?.length ?? 0) > 0;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (needsReason && !reason) return;
    onConfirm({
      ...(reason ? { lossReason: reason } : {}),
      ...(note.trim() ? { lossNote: note.trim() } : {}),
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        <Text size="sm">{t('dealPage.loss.intro', { stage: move.to.name })}</Text>
        {reasons.isError && (
          <Alert color="red" role="alert">
            {reasons.error.message}
          </Alert>
        )}
        {needsReason && (
          <Select
            label={t('dealPage.loss.reason')}
            placeholder={t('dealPage.loss.pickReason')}
            data={reasons.data!.map((r) => ({ value: r.code, label: r.label }))}
            value={reason}
            onChange={setReason}
            required
            allowDeselect={false}
            data-autofocus
          />
        )}
        <Textarea
          label={t('dealPage.loss.note')}
          description={t('dealPage.loss.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={MAX_NOTE}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('dealPage.loss.cancel')}
          </Button>
          <Button
            type="submit"
            color="red.9"
            disabled={reasons.isPending || (needsReason && !reason)}
          >
            {t('dealPage.loss.confirm', { stage: move.to.name })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
