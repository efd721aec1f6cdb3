import {
  type Active,
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Alert } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DealCard,
  type DealFilters,
  type StageRule,
  useDealTotals,
  useMoveDeal,
} from '../api/deals';
import { BoardColumn } from './board-column';
import { DealCardPreview } from './deal-card';
import { type LossAnswer, type LossMove, LossReasonDialog } from './loss-reason-dialog';

/** The pointer decides where a card lands; the keyboard, the column the card overlaps most. */
const collision: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

/** The keyboard moves a dragged card a whole column left or right. */
const columnSteps: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();
  const columns = [...context.droppableRects.entries()].sort(([, a], [, b]) => a.left - b.left);
  const at = columns.findIndex(([id]) => id === context.over?.id);
  const next = columns[at + step];
  if (!next) return currentCoordinates;
  return { x: next[1].left + 8, y: currentCoordinates.y };
};

interface Pending {
  card: DealCard;
  to: string;
}

/**
 * The deal board of a pipeline: a column per stage, cards dragged (pointer or keyboard) or moved
 * by their menu to another stage. A move shows at once where it goes; a move the rules refuse goes
 * back and the rules' reason is shown above the board. The columns and their totals are read on
 * their own (and kept fresh by live changes and moves) once the board's first request is answered.
 */
export function DealBoard({
  stages,
  filters,
  seeding,
}: {
  stages: StageRule[];
  filters: DealFilters;
  /** The board's own request is bringing the columns' first cards and totals: none read here. */
  seeding: boolean;
}) {
  const { t } = useTranslation();
  const totals = useDealTotals(filters, !seeding);
  const move = useMoveDeal();
  const [pending, setPending] = useState<Record<string, Pending>>({});
  const [refused, setRefused] = useState<{ title: string; reason: string } | null>(null);
  const [dragged, setDragged] = useState<DealCard | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnSteps }),
  );
  const stageName = useMemo(() => new Map(stages.map((s) => [s.id, s.name])), [stages]);
  const [askLoss, setAskLoss] = useState<{ card: DealCard; move: LossMove } | null>(null);

  const { mutate } = move;
  const send = useCallback(
    (card: DealCard, to: string, loss: LossAnswer = {}) => {
      setRefused(null);
      setPending((p) => ({ ...p, [card.id]: { card, to } }));
      mutate(
        { deal: card, to, ...loss },
        {
          onError: (error) => setRefused({ title: card.title, reason: error.message }),
          onSettled: () =>
            setPending((p) => {
              const rest = { ...p };
              delete rest[card.id];
              return rest;
            }),
        },
      );
    },
    [mutate],
  );

  /**
   * A move to a lost stage asks why first (LossReasonDialog); any other goes at once. The same
   * function from render to render while nothing is moving, so the memoised cards stay drawn.
   */
  const moveCard = useCallback(
    (card: DealCard, to: string) => {
      if (to === card.stage || pending[card.id]) return;
      const target = stages.find((s) => s.id === to);
      if (target?.kind === 'lost') {
        setAskLoss({ card, move: { deal: card, to: { id: target.id, name: target.name } } });
        return;
      }
      send(card, to);
    },
    [pending, stages, send],
  );

  const leaving = useMemo(() => new Set(Object.keys(pending)), [pending]);
  const incoming = (stage: string) =>
    Object.values(pending)
      .filter((p) => p.to === stage)
      .map((p) => ({ ...p.card, stage }));

  const name = (id: unknown) => stageName.get(String(id)) ?? String(id);
  const cardTitle = (active: Active) =>
    (active.data.current?.card as DealCard | undefined)?.title ?? String(active.id);
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('deals.dnd.picked', { title: cardTitle(active) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('deals.dnd.over', { title: cardTitle(active), stage: name(over.id) })
        : t('deals.dnd.outside', { title: cardTitle(active) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('deals.dnd.dropped', { title: cardTitle(active), stage: name(over.id) })
        : t('deals.dnd.cancelled', { title: cardTitle(active) }),
    onDragCancel: ({ active }) => t('deals.dnd.cancelled', { title: cardTitle(active) }),
  };

  return (
    <>
      <LossReasonDialog
        move={askLoss?.move ?? null}
        onCancel={() => setAskLoss(null)}
        onConfirm={(loss) => {
          const { card, move: asked } = askLoss!;
          setAskLoss(null);
          send(card, asked.to.id, loss);
        }}
      />
      {refused && (
        <Alert
          color="red"
          role="alert"
          withCloseButton
          closeButtonLabel={t('app.close')}
          onClose={() => setRefused(null)}
          title={t('deals.moveRefused', { title: refused.title })}
        >
          {refused.reason}
        </Alert>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('deals.dnd.instructions') },
        }}
        onDragStart={(event: DragStartEvent) =>
          setDragged((event.active.data.current?.card as DealCard | undefined) ?? null)
        }
        onDragCancel={() => setDragged(null)}
        onDragEnd={(event: DragEndEvent) => {
          setDragged(null);
          const card = event.active.data.current?.card as DealCard | undefined;
          if (card && event.over) moveCard(card, String(event.over.id));
        }}
      >
        <div
          role="region"
          aria-label={t('deals.board')}
          style={{
            display: 'flex',
            gap: 'var(--mantine-spacing-sm)',
            overflowX: 'auto',
            alignItems: 'stretch',
            height: 'calc(100vh - 230px)',
            minHeight: 360,
          }}
        >
          {stages.map((stage, i) => (
            <BoardColumn
              key={stage.id}
              first={i === 0}
              stage={stage}
              stages={stages}
              filters={filters}
              seeding={seeding}
              total={totals.data?.get(stage.id)}
              incoming={incoming(stage.id)}
              leaving={leaving}
              onMove={moveCard}
            />
          ))}
        </div>
        <DragOverlay>{dragged && <DealCardPreview card={dragged} />}</DragOverlay>
      </DndContext>
    </>
  );
}
