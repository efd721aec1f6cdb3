import { Injectable } from '@nestjs/common';
import { MikroORM, type QBFilterQuery, raw } from '@mikro-orm/postgresql';
import { Activity } from '../activities/activity.entity';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate } from '../lists/pagination';
import { formatAmount, money } from '../money/money';
import { type Principal } from '../users/role';
import { Deal } from '../deals/deal.entity';
import { type DealFilters } from '../deals/deal-filters';
import { DEAL_SORTS, dealView, DealsService } from '../deals/deals.service';

/** A deal as a board card or a row of the list: the deal and the names and dates it shows. */
export function dealCardView(d: Deal, next: Activity | undefined, now: Date) {
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
  ) {}

  /** A page of cards: the deals with their company and responsible, and each one's next activity. */
  async cards(p: Principal, q: ListQueryDto & DealFilters, now = new Date()) {
    const em = this.orm.em.fork();
    const page: Page<Deal> = await paginate(
      em,
      Deal,
      await this.deals.listWhere(em, p, q),
      { limit: q.limit, cursor: q.cursor, offset: q.offset, sort: q.sort ?? '-createdAt' },
      DEAL_SORTS,
      { populate: ['company', 'responsible'] as never },
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

  /** The earliest planned activity of each deal (one index range per deal). */
  private async nextActivities(
    em: ReturnType<MikroORM['em']['fork']>,
    dealIds: string[],
  ): Promise<Map<string, Activity>> {
    if (dealIds.length === 0) return new Map();
    const activities = await em.find(
      Activity,
      { deal: { $in: dealIds }, status: 'planned', archivedAt: null },
      { orderBy: { dueAt: 'asc', id: 'asc' } },
    );
    const next = new Map<string, Activity>();
    for (const a of activities) {
      const dealId = a.deal?.id;
      if (dealId && !next.has(dealId)) next.set(dealId, a);
    }
    return next;
  }
}
