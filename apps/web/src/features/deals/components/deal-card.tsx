import { useDraggable } from '@dnd-kit/core';
import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Menu,
  Paper,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuilding,
  IconCalendarEvent,
  IconDots,
  IconGripVertical,
  IconUser,
} from '@tabler/icons-react';
import { type CSSProperties, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/lib/preferences';
import { type DealCard, type StageRule } from '../api/deals';

interface Props {
  card: DealCard;
  stages: StageRule[];
  /** Moves the deal (the same path as a drop): the board checks and shows the outcome. */
  onMove(card: DealCard, to: string): void;
  /** Waiting for the move's answer. */
  moving?: boolean;
}

/** What a card shows: title, amount, company, responsible, the next activity and whether it is late. */
function CardBody({ card, link }: { card: DealCard; link?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const next = card.nextActivity;
  return (
    <Stack gap={4}>
      {link ? (
        <Anchor
          component={Link}
          to={`/deals/${card.id}`}
          fw={600}
          size="sm"
          lineClamp={2}
          draggable={false}
        >
          {card.title}
        </Anchor>
      ) : (
        <Text fw={600} size="sm" lineClamp={2}>
          {card.title}
        </Text>
      )}
      <Text size="sm">{format.money(card.amount, card.currency)}</Text>
      {card.companyName && (
        <Group gap={4} wrap="nowrap">
          <IconBuilding size={14} aria-hidden />
          <Text size="xs" c="dimmed" truncate>
            <VisuallyHidden component="span">{t('deals.company')}: </VisuallyHidden>
            {card.companyName}
          </Text>
        </Group>
      )}
      <Group gap={4} wrap="nowrap">
        <IconUser size={14} aria-hidden />
        <Text size="xs" c="dimmed" truncate>
          <VisuallyHidden component="span">{t('deals.responsible')}: </VisuallyHidden>
          {card.responsibleName}
        </Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        <IconCalendarEvent size={14} aria-hidden />
        <Text size="xs" c={next?.overdue ? 'red.9' : 'dimmed'} truncate>
          {next
            ? t('deals.nextActivity', {
                type: t(`activityTypes.${next.type as 'call'}`, { defaultValue: next.type }),
                when: format.relative(next.dueAt),
              })
            : t('deals.nothingPlanned')}
        </Text>
      </Group>
      {card.overdue && (
        <Badge
          color="red"
          variant="light"
          size="sm"
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
        >
          {t('deals.overdue')}
        </Badge>
      )}
    </Stack>
  );
}

/** The card as it follows the pointer while dragged. */
export function DealCardPreview({ card }: { card: DealCard }) {
  return (
    <Paper withBorder shadow="md" p="xs" style={{ cursor: 'grabbing' }}>
      <Group align="flex-start" gap={4} wrap="nowrap">
        <IconGripVertical size={14} aria-hidden style={{ margin: 5 }} />
        <div style={{ flex: 1, minWidth: 0 }}>
          <CardBody card={card} />
        </div>
      </Group>
    </Paper>
  );
}

/**
 * A deal on the board: dragged by the pointer anywhere on it, or from its handle by the keyboard
 * (Space, the arrows, Space), or moved through its "Move to…" menu. Memoised: the board redraws
 * when its totals or a move's state change, and its cards (their data kept by the query cache)
 * need not.
 */
export const DealCardView = memo(function DealCardView({ card, stages, onMove, moving }: Props) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.id,
    data: { card },
    disabled: moving,
  });
  const style: CSSProperties = {
    opacity: isDragging || moving ? 0.5 : 1,
    cursor: 'grab',
    touchAction: 'none',
    // The cards below a column's fold are not laid out or painted until scrolled to: the board
    // draws four or five a column at first, not all it has read.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 136px',
  };
  const targets = stages.filter((s) => s.id !== card.stage);
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      shadow="xs"
      p="xs"
      style={style}
      component="article"
      aria-label={card.title}
      aria-busy={moving || undefined}
      data-deal-id={card.id}
      {...listeners}
    >
      <Group align="flex-start" gap={4} wrap="nowrap">
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          size="sm"
          {...attributes}
          aria-label={t('deals.dragHandle', { title: card.title })}
        >
          <IconGripVertical size={14} aria-hidden />
        </ActionIcon>
        <div style={{ flex: 1, minWidth: 0 }}>
          <CardBody card={card} link />
        </div>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t('deals.moveMenu', { title: card.title })}
              onPointerDown={(event) => event.stopPropagation()}
            >
              <IconDots size={14} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('deals.moveTo')}</Menu.Label>
            {targets.map((stage) => (
              <Menu.Item key={stage.id} onClick={() => onMove(card, stage.id)}>
                {stage.name}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Paper>
  );
});
