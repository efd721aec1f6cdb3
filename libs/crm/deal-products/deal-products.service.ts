import { Injectable } from '@nestjs/common';
import { type EntityManager, MikroORM, ref } from '@mikro-orm/postgresql';
import { checkIfMatch } from '../concurrency/if-match';
import { Deal } from '../deals/deal.entity';
import {
  buildRows,
  fillRow,
  formatStored,
  type RowRequest,
  rowView,
  storedTotals,
} from '../documents/document-rows';
import { findRecord } from '../records/records';
import { RecordStagesService } from '../stages/record-stages.service';
import { type Principal } from '../users/role';
import { DealProduct } from './deal-product.entity';

/** A deal's product rows with their totals, as the API answers them. */
export function dealProductsView(deal: Deal, rows: DealProduct[]) {
  const totals = storedTotals(rows, deal.currency);
  return {
    dealId: deal.id,
    currency: deal.currency,
    amount: formatStored(deal.amount, deal.currency),
    amountManual: deal.amountManual,
    rows: rows.map((r) => rowView(r, deal.currency)),
    totals: {
      gross: totals.gross,
      discount: totals.discount,
      net: totals.net,
      tax: totals.tax,
      total: totals.total,
    },
    version: deal.version,
  };
}

/**
 * A deal's product rows: replaced as a whole (with If-Match on the deal's version), computed with
 * the documents' money rules (buildRows: catalogue products as defaults, one currency, exact
 * decimals). The deal's amount follows the rows' total (tax included: what the customer pays)
 * unless it was set by hand (`amountManual`).
 */
@Injectable()
export class DealProductsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly stages: RecordStagesService,
  ) {}

  async get(p: Principal, dealId: string): Promise<{ deal: Deal; rows: DealProduct[] }> {
    const em = this.orm.em.fork();
    const deal = await findRecord(em, Deal, dealId, p, 'deal');
    return { deal, rows: await this.rowsOf(em, deal.id) };
  }

  /** The deal's rows, in their order (in the caller's transaction, when it has one). */
  rowsOf(em: EntityManager, dealId: string): Promise<DealProduct[]> {
    return em.find(DealProduct, { deal: dealId }, { orderBy: { position: 'asc' } });
  }

  /** Replaces the rows; the amount follows them unless set by hand. The deal's version moves on. */
  async replace(
    p: Principal,
    dealId: string,
    requests: RowRequest[],
    ifMatch?: string,
  ): Promise<{ deal: Deal; rows: DealProduct[] }> {
    const em = this.orm.em.fork();
    let before: Record<string, unknown> = {};
    const result = await em.transactional(async (tx) => {
      const deal = await findRecord(tx, Deal, dealId, p, 'deal', { forWrite: true });
      checkIfMatch(ifMatch, deal.version);
      before = deal.ruleFields();
      const { rows, totals } = await buildRows(tx, requests, deal.currency);
      await tx.nativeDelete(DealProduct, { deal: deal.id });
      const entities = rows.map((r, i) =>
        Object.assign(fillRow(new DealProduct(), r, i + 1), { deal: ref(deal) }),
      );
      tx.persist(entities);
      if (!deal.amountManual) deal.amount = totals.total;
      // The rows are the deal's: a change of them is a change of the deal (its ETag moves on).
      deal.updatedAt = new Date();
      return { deal, rows: entities };
    });
    await this.stages.fieldsChanged(result.deal, before);
    return result;
  }
}
