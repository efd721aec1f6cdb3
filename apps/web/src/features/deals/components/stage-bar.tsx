import { Alert, Badge, Button, Group, Paper, Select, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StageRule } from '../api/deals';
import { type Deal, type MoveRequest, useMoveDealTo } from '../api/deal';
import { type LossMove, LossReasonDialog } from './loss-reason-dialog';

/**
 * The pipeline's stages with the deal's own marked (the steps before it done), and a move to
 * another stage: the deal's workflow decides, and a refusal shows the rules' reason. A move to a
 * lost stage first asks why (LossReasonDialog).
 */
export function StageBar({ deal, stages }: { deal: Deal; stages: StageRule[] }) {
  const { t } = useTranslation();
  const move = useMoveDealTo(deal.id);
  const [to, setTo] = useState<string | null>(null);
  const current = stages.findIndex((s) => s.id === deal.stage);
  const target = stages.find((s) => s.id === to);
  const [askLoss, setAskLoss] = useState<LossMove | null>(null);
  const send = (request: MoveRequest) => move.mutate(request, { onSuccess: () => setTo(null) });
  const start = () => {
    if (!target) return;
    if (target.kind === 'lost') setAskLoss({ deal, to: { id: target.id, name: target.name } });
    else send({ to: target.id });
  };
  return (
    <Paper withBorder p="sm">
      <nav aria-label={t('dealPage.stages')}>
        <Group component="ol" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
          {stages.map((stage, index) => {
            const here = index === current;
            const passed = stage.kind === 'open' && index < current;
            return (
              <li key={stage.id} aria-current={here ? 'step' : undefined}>
                <Badge
                  size="lg"
                  radius="sm"
                  variant={here ? 'filled' : passed ? 'light' : 'outline'}
                  color={
                    here && stage.kind === 'lost'
                      ? 'red.9'
                      : here && stage.kind === 'won'
                        ? 'teal.9'
                        : undefined
                  }
                  leftSection={passed ? <IconCheck size={14} aria-hidden /> : undefined}
                >
                  {stage.name}
                </Badge>
              </li>
            );
          })}
        </Group>
      </nav>
      {deal.outcome === 'open' && (
        <Group mt="sm" align="flex-end" gap="xs">
          <Select
            label={t('dealPage.moveTo')}
            placeholder={t('dealPage.pickStage')}
            data={stages
              .filter((s) => s.id !== deal.stage)
              .map((s) => ({ value: s.id, label: s.name }))}
            value={to}
            onChange={setTo}
            w={220}
          />
          <Button disabled={!to} loading={move.isPending} onClick={start}>
            {t('dealPage.move')}
          </Button>
        </Group>
      )}
      {move.isError && (
        <Alert
          color="red"
          role="alert"
          mt="sm"
          title={t('dealPage.moveRefused', { stage: target?.name ?? move.variables?.to })}
        >
          <Text size="sm">{move.error.message}</Text>
        </Alert>
      )}
      <LossReasonDialog
        move={askLoss}
        onCancel={() => setAskLoss(null)}
        onConfirm={(answer) => {
          const stage = askLoss!.to.id;
          setAskLoss(null);
          send({ to: stage, ...answer });
        }}
      />
    </Paper>
  );
}
