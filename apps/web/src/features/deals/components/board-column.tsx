import { useDroppable } from '@dnd-kit/core';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { startTransition, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/preferences';
import { type DealCard, type DealFilters, type StageRule, type StageTotal } from '../api/deals';
import { useDealCards } from '../api/deals';
import { DealCardView } from './deal-card';

interface Props {
  stage: StageRule;
  stages: StageRule[];
  filters: DealFilters;
  /** The board's request is bringing this column's first page (not read here meanwhile). */
  seeding: boolean;
  /**
   * The board's first column draws its first cards in the board's first frame; the others draw
   * theirs in the next (the whole board's cards at once cost that first frame several times more).
   */
  first: boolean;
  total: StageTotal | undefined;
  /** Cards on their way here (a move waiting for its answer), drawn first. */
  incoming: DealCard[];
  /** Cards on their way out: not drawn here. */
  leaving: ReadonlySet<string>;
  onMove(card: DealCard, to: string): void;
}

export const COLUMN_WIDTH = 280;
/** The cards a column draws at once (what it shows without scrolling, and a few more). */
const FIRST_DRAWN = 6;

/**
 * A stage: its count and amounts, and its cards, a page at a time: the next page is read when the
 * end of the column scrolls into view (or its button is pressed), so a stage of thousands of deals
 * costs one page until someone looks further.
 */
export function BoardColumn({
  stage,
  stages,
  filters,
  seeding,
  first,
  total,
  incoming,
  leaving,
  onMove,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, data: { stage } });
  const cards = useDealCards(filters, stage.id, !seeding);
  const scroller = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = cards;

  const shown = [
    ...incoming,
    ...(cards.data?.pages.flatMap((p) => p.items) ?? []).filter((c) => !leaving.has(c.id)),
  ];
  // The first cards are drawn at once (the first column's; the others' a frame later), the rest
  // of the page after that frame is painted (a transition): the board is usable sooner, and the
  // cards below the fold follow.
  const [drawAll, setDrawAll] = useState(false);
  const beyondFirst = shown.length > (first ? FIRST_DRAWN : 0);
  useEffect(() => {
    if (drawAll || !beyondFirst) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setDrawAll(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawAll, beyondFirst]);
  const drawn = drawAll ? shown : shown.slice(0, first ? FIRST_DRAWN : 0);

  useEffect(() => {
    const target = more.current;
    if (!target || !hasNextPage) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
      },
      { root: scroller.current, rootMargin: '200px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, drawAll]);
  const count = total?.count ?? 0;
  const headingId = `stage-${stage.id}`;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      data-stage={stage.id}
      withBorder
      bg={isOver ? 'indigo.0' : 'gray.0'}
      p="xs"
      style={{ width: COLUMN_WIDTH, flex: '0 0 auto', display: 'flex', flexDirection: 'column' }}
    >
      <Stack gap={2} mb="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5" id={headingId}>
            {stage.name}
          </Title>
          <Text size="sm" fw={600} aria-label={t('deals.count', { count })}>
            {format.number(count)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" data-testid="stage-amount">
          {total && total.amounts.length > 0
            ? total.amounts.map((a) => format.money(a.amount, a.currency)).join(' · ')
            : '—'}
        </Text>
      </Stack>
      <div
        ref={(node) => {
          setNodeRef(node);
          scroller.current = node;
        }}
        style={{ overflowY: 'auto', flex: 1, minHeight: 120 }}
      >
        <Stack gap="xs" pb="xs">
          {drawn.map((card) => (
            <DealCardView
              key={card.id}
              card={card}
              stages={stages}
              onMove={onMove}
              moving={incoming.includes(card)}
            />
          ))}
          {cards.isSuccess && shown.length === 0 && (
            <Text size="sm" c="dimmed" ta="center" py="md">
              {t('deals.emptyStage')}
            </Text>
          )}
          {hasNextPage && (drawAll || !beyondFirst) && (
            <Button
              ref={more}
              variant="subtle"
              size="xs"
              loading={isFetchingNextPage}
              onClick={() => void fetchNextPage()}
            >
              {t('deals.showMore')}
            </Button>
          )}
        </Stack>
      </div>
    </Paper>
  );
}
