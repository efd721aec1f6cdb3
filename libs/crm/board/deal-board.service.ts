import { Injectable } from '@nestjs/common';
import { type FilterQuery, MikroORM, type QBFilterQuery, raw } from '@mikro-orm/postgresql';
import { type RuleSet, type StageKind } from '../../rules';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { invalidField } from '../../errors';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate } from '../lists/pagination';
import { formatAmount, money } from '../money/money';
import { type Principal } from '../users/role';
import { and } from '../records/records';
import { textArray } from '../stages/stage-reach';
import { Deal } from '../deals/deal.entity';
import { type DealFilters } from '../deals/deal-filters';
import { DEAL_SORTS, dealView, DealsService } from '../deals/deals.service';

/** A deal as a board card or a row of the list: the deal and the names and dates it shows. */
export function dealCardView(d: Deal, next: NextActivity | undefined, now: Date) {
  return {
    ...dealView(d),
    companyName: d.company?.isInitialized() ? d.company.getEntity().name : null,
    responsibleName: d.responsible.isInitialized() ? d.responsible.getEntity().name : '',
    nextActivity: next
      ? {
          id: next.id,
          type: next.type,
          subject: next.subject,
          dueAt: next.dueAt.toISOString(),
          overdue: next.dueAt < now,
        }
      : null,
    /** A planned activity of the deal is past its due time. */
    overdue: next !== undefined && next.dueAt < now,
  };
}

export type DealCard = ReturnType<typeof dealCardView>;

/** A deal's earliest planned activity, as its card shows it. */
export interface NextActivity {
  id: string;
  type: string;
  subject: string;
  dueAt: Date;
}

/** A column of the board: its stage, its count and amounts, and its first page of cards. */
export interface BoardColumn extends Omit<StageTotal, 'stage'> {
  stage: { id: string; name: string; order: number; kind: StageKind; allowBack: boolean };
  cards: Page<DealCard>;
}

/**
 * What a card reads: the deal, and of its company and responsible only the names (hydrating their
 * whole rows cost a board of 105 cards about a third more of the API's time).
 */
const CARD_LOAD = {
  populate: ['company', 'responsible'] as never,
  fields: ['*', 'company.name', 'responsible.name'],
};

/** The cards a board column shows first when the caller names no page size. */
export const BOARD_COLUMN_PAGE = 15;

export interface StageTotal {
  stage: string;
  count: number;
  /** The sum of the amounts in each currency, decimal strings. */
  amounts: { currency: string; amount: string }[];
}

/**
 * What the deal board reads: pages of cards per column (a stage, filtered and paged like the deal
 * list) and each column's count and amounts. Both take the list's filters and the caller's scope,
 * so a column and its totals always count the same deals.
 */
@Injectable()
export class DealBoardService {
  constructor(
    private readonly orm: MikroORM,
    private readonly deals: DealsService,
    private readonly rules: RulesPublisher,
  ) {}

  /**
   * A pipeline's whole board at once, for its first paint: a column per stage of the pipeline's
   * latest rules, in order, each with its count and amounts and its first `limit` cards (newest
   * first, a cursor for the next page as /deals/cards gives). One query counts every column (the
   * totals'), one reads each column's page, one the cards' next activities: where a column read
   * with /deals/cards counts its deals again per request. The totals and the pages are read at
   * once (separate connections).
   */
  async board(
    p: Principal,
    q: DealFilters & { pipelineId: string; limit?: number },
    now = new Date(),
  ): Promise<{ pipelineId: string; rulesVersion: number; columns: BoardColumn[] }> {
    const em = this.orm.em.fork();
    const rules = await this.pipelineRules(em, q.pipelineId);
    const limit = q.limit ?? BOARD_COLUMN_PAGE;
    const filters = { ...q, stage: undefined };
    const stages = [...rules.stages].sort((a, b) => a.order - b.order);
    const where = (await this.deals.listWhere(em, p, filters)) as Record<string, unknown>;
    // The columns' counts come with the totals, read beside the pages (not counted per column).
    const [totals, ...pages] = await Promise.all([
      this.totals(p, filters),
      ...stages.map((stage) =>
        paginate(
          em,
          Deal,
          and(where, { stage: stage.id }) as FilterQuery<Deal>,
          { limit, sort: '-createdAt' },
          DEAL_SORTS,
          { ...CARD_LOAD, total: 0 },
        ),
      ),
    ]);
    const byStage = new Map(totals.map((t) => [t.stage, t]));
    const next = await this.nextActivities(
      em,
      pages.flatMap((page) => page.items.map((d) => d.id)),
    );
    const columns = stages.map((stage, i) => ({
      stage: {
        id: stage.id,
        name: stage.name,
        order: stage.order,
        kind: stage.kind,
        allowBack: stage.allowBack,
      },
      count: byStage.get(stage.id)?.count ?? 0,
      amounts: byStage.get(stage.id)?.amounts ?? [],
      cards: {
        ...pages[i],
        total: byStage.get(stage.id)?.count ?? 0,
        items: pages[i].items.map((d) => dealCardView(d, next.get(d.id), now)),
      },
    }));
    return { pipelineId: rules.id, rulesVersion: rules.version, columns };
  }

  private async pipelineRules(
    em: ReturnType<MikroORM['em']['fork']>,
    pipelineId: string,
  ): Promise<RuleSet> {
    const rules = await this.rules.latestIn(em, pipelineId);
    if (!rules || rules.kind !== 'pipeline')
      throw invalidField('pipelineId', `no published pipeline is named "${pipelineId}"`);
    return rules;
  }

  /** A page of cards: the deals with their company and responsible, and each one's next activity. */
  async cards(p: Principal, q: ListQueryDto & DealFilters, now = new Date()) {
    const em = this.orm.em.fork();
    const page: Page<Deal> = await paginate(
      em,
      Deal,
      await this.deals.listWhere(em, p, q),
      { limit: q.limit, cursor: q.cursor, offset: q.offset, sort: q.sort ?? '-createdAt' },
      DEAL_SORTS,
      CARD_LOAD,
    );
    const next = await this.nextActivities(
      em,
      page.items.map((d) => d.id),
    );
    return { ...page, items: page.items.map((d) => dealCardView(d, next.get(d.id), now)) };
  }

  /** Each stage's count and amounts (per currency) among the deals matching the filters. */
  async totals(p: Principal, q: DealFilters): Promise<StageTotal[]> {
    const em = this.orm.em.fork();
    const rows = await em
      .createQueryBuilder(Deal, 'd')
      .select(['d.stage', 'd.currency', raw('count(*) as n'), raw('sum(d.amount) as total')])
      .where((await this.deals.listWhere(em, p, q)) as QBFilterQuery<Deal>)
      .groupBy(['d.stage', 'd.currency'])
      .orderBy({ 'd.stage': 'asc', 'd.currency': 'asc' })
      .execute<{ stage: string; currency: string; n: string; total: string }[]>('all', false);
    const byStage = new Map<string, StageTotal>();
    for (const row of rows) {
      const column = byStage.get(row.stage) ?? { stage: row.stage, count: 0, amounts: [] };
      column.count += Number(row.n);
      column.amounts.push({
        currency: row.currency,
        amount: formatAmount(money(row.total), row.currency),
      });
      byStage.set(row.stage, column);
    }
    return [...byStage.values()];
  }

  /**
   * The earliest planned activity of each deal: one row per deal (DISTINCT ON), read along the
   * planned activities' (deal_id, due_at) index, rather than every planned activity of the deals.
   */
  private async nextActivities(
    em: ReturnType<MikroORM['em']['fork']>,
    dealIds: string[],
  ): Promise<Map<string, NextActivity>> {
    if (dealIds.length === 0) return new Map();
    const rows = await em
      .getConnection()
      .execute<{ id: string; deal_id: string; type: string; subject: string; due_at: Date }[]>(
        `select distinct on (deal_id) id, deal_id, type, subject, due_at from activity
       where deal_id = any(?::uuid[]) and status = 'planned' and archived_at is null
       order by deal_id, due_at, id`,
        [textArray(dealIds)],
      );
    return new Map(
      rows.map((r) => [
        r.deal_id,
        { id: r.id, type: r.type, subject: r.subject, dueAt: new Date(r.due_at) },
      ]),
    );
  }
}
