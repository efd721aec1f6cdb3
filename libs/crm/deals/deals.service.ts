import { Injectable } from '@nestjs/common';
import type Decimal from 'decimal.js';
import { type EntityManager, type FilterQuery, MikroORM, ref } from '@mikro-orm/postgresql';
import { AutomationClient } from '../../automation/client/automation-client';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { AccessPolicy } from '../auth/access-policy';
import { Company } from '../companies/company.entity';
import { checkIfMatch } from '../concurrency/if-match';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type PageRequest, type Sortable } from '../lists/pagination';
import { and, findLinkedRecord, findRecord } from '../records/records';
import { Contact } from '../contacts/contact.entity';
import { type StageChange } from '../stages/stage-change.entity';
import { RecordStagesService } from '../stages/record-stages.service';
import { checkLossReason, findStage, type StageKind } from '../../rules';
import { fitsCurrency, formatAmount, minorUnits, money } from '../money/money';
import { type Principal } from '../users/role';
import { Deal } from './deal.entity';
import { type DealFilters, dealListWhere } from './deal-filters';
import { invalidField } from '../../errors';
import { checkKnownSource } from '../lead-sources/known-source';
import { customFilterWhere, customValuesFor } from '../custom-fields/custom-fields.service';

export interface DealInput {
  title?: string;
  pipelineId?: string;
  amount?: string;
  /**
   * false: the amount follows the deal's product rows again (recomputed at once); true: the
   * amount as it is stays. Naming `amount` sets it to true.
   */
  amountManual?: boolean;
  currency?: string;
  probability?: number | null;
  expectedCloseDate?: string | null;
  source?: string | null;
  contactId?: string | null;
  companyId?: string | null;
  custom?: Record<string, unknown>;
  responsibleId?: string;
}

export const DEAL_SORTS: Sortable = {
  createdAt: { property: 'createdAt', kind: 'date' },
  updatedAt: { property: 'updatedAt', kind: 'date' },
  amount: { property: 'amount', kind: 'decimal' },
  title: { property: 'title', kind: 'string' },
};

export function dealView(d: Deal) {
  return {
    id: d.id,
    title: d.title,
    pipelineId: d.pipelineId,
    rulesVersion: d.rulesVersion,
    stage: d.stage,
    outcome: d.outcome,
    amount: formatAmount(money(d.amount), d.currency),
    amountManual: d.amountManual,
    currency: d.currency,
    probability: d.probability ?? null,
    expectedCloseDate: d.expectedCloseDate ?? null,
    source: d.source ?? null,
    contactId: d.contact?.id ?? null,
    companyId: d.company?.id ?? null,
    sourceLeadId: d.sourceLeadId ?? null,
    custom: d.custom,
    responsibleId: d.responsible.id,
    closedAt: d.closedAt?.toISOString() ?? null,
    lossReason: d.lossReason ?? null,
    lossNote: d.lossNote ?? null,
    wonAmount: d.wonAmount ? formatAmount(money(d.wonAmount), d.currency) : null,
    archivedAt: d.archivedAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    version: d.version,
  };
}

/**
 * Deals in their pipelines. The stage never changes by a plain update: a move
 * goes through the deal's workflow, which checks the pipeline's rules (forward
 * only unless the stage allows going back, won only when paid unless a head
 * overrides) and writes the stage and its history.
 */
@Injectable()
export class DealsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly rules: RulesPublisher,
    private readonly automation: AutomationClient,
    private readonly stages: RecordStagesService,
  ) {}

  /** Creates the deal and starts its workflow (the reconciler starts it if this start fails). */
  async create(
    p: Principal,
    input: DealInput & { title: string; pipelineId: string },
  ): Promise<Deal> {
    const deal = await this.orm.em.fork().transactional(async (em) => {
      await checkKnownSource(em, input.source);
      return this.createIn(em, p, input);
    });
    await this.automation.startOrLog('deal', deal.id, deal.pipelineId, deal.rulesVersion);
    return deal;
  }

  /** Creates a deal inside the caller's transaction (lead conversion is all or nothing). */
  async createIn(
    em: EntityManager,
    p: Principal,
    input: DealInput & {
      title: string;
      pipelineId: string;
      sourceLeadId?: string;
      /** How the request names the amount (a lead conversion: `deal.amount`). */
      amountField?: string;
      /** Custom values carried from a converted lead (carriedCustomValues), instead of `custom`. */
      carriedCustom?: Record<string, unknown>;
    },
  ): Promise<Deal> {
    const rules = await this.rules.latestIn(em, input.pipelineId);
    if (!rules || rules.kind !== 'pipeline') {
      throw invalidField('pipelineId', `no published pipeline "${input.pipelineId}"`);
    }
    const currency = input.currency ?? rules.currency;
    if (!currency)
      throw invalidField('currency', `the pipeline "${rules.id}" has no currency; give one`);
    if (rules.currency && currency !== rules.currency) {
      throw invalidField(
        'currency',
        `deals of "${rules.id}" are in ${rules.currency}, not ${currency}`,
      );
    }
    const first = [...rules.stages].sort((a, b) => a.order - b.order)[0];
    const deal = new Deal();
    deal.pipelineId = rules.id;
    deal.rulesVersion = rules.version;
    deal.stage = first.id;
    deal.currency = currency;
    deal.sourceLeadId = input.sourceLeadId ?? null;
    deal.responsible = ref(await AccessPolicy.responsibleFor(em, p, input.responsibleId));
    deal.custom =
      input.carriedCustom ?? (await customValuesFor(em, 'deal', input.custom ?? {}, {}));
    await this.apply(em, p, deal, { ...input, custom: undefined }, input.amountField);
    em.persist(deal);
    em.persist(this.stages.change(deal, null, first.id, 'created', p.userId));
    return deal;
  }

  async get(p: Principal, id: string, populate: ('contact' | 'company')[] = []): Promise<Deal> {
    return findRecord(this.orm.em.fork(), Deal, id, p, 'deal', { populate });
  }

  async update(p: Principal, id: string, input: DealInput, ifMatch?: string): Promise<Deal> {
    const em = this.orm.em.fork();
    const deal = await findRecord(em, Deal, id, p, 'deal', { forWrite: true });
    checkIfMatch(ifMatch, deal.version);
    if (input.currency !== undefined && input.currency !== deal.currency) {
      throw invalidField('currency', `a deal keeps its pipeline's currency (${deal.currency})`);
    }
    if (input.responsibleId !== undefined)
      deal.responsible = ref(await AccessPolicy.responsibleFor(em, p, input.responsibleId));
    // A source the deal already names stays allowed after it is deactivated.
    if (input.source !== deal.source) await checkKnownSource(em, input.source);
    const before = deal.ruleFields();
    await this.apply(em, p, deal, input);
    await em.flush();
    // The rules see the deal's fields: each change reaches the workflow (conditions may now hold).
    await this.stages.fieldsChanged(deal, before);
    return deal;
  }

  async archive(p: Principal, id: string, ifMatch?: string): Promise<void> {
    const em = this.orm.em.fork();
    const deal = await findRecord(em, Deal, id, p, 'deal', { forWrite: true });
    checkIfMatch(ifMatch, deal.version);
    deal.archivedAt ??= new Date();
    await em.flush();
  }

  /**
   * A person's move, through the deal's workflow (RecordStagesService.move). A move to a lost stage
   * names one of the loss reasons of the rules version the deal runs (checked here, so that the
   * answer names the field at once; the workflow checks again); a move elsewhere names none.
   */
  move(
    p: Principal,
    id: string,
    move: { to: string; override: boolean; lossReason?: string; lossNote?: string },
    ifMatch?: string,
  ): Promise<Deal> {
    return this.stages.move(p, Deal, id, {
      ...move,
      ifMatch,
      refuse: async (deal) => {
        const rules = await this.rules.content(deal.pipelineId, deal.rulesVersion);
        const target = rules && findStage(rules, move.to);
        if (!rules || !target) return; // the workflow answers an unknown stage
        if (move.lossNote !== undefined && target.kind !== 'lost')
          throw invalidField(
            'lossNote',
            `a loss note goes only with a move to a lost stage; "${target.name}" is ${target.kind}`,
            { malformed: true },
          );
        const refusal = checkLossReason(rules, move.to, move.lossReason);
        if (refusal) throw invalidField('lossReason', refusal.reason, { malformed: true });
      },
    });
  }

  /** Runs the deal on another published version of its pipeline's rules, from a safe point. */
  async migrateRules(p: Principal, id: string, version: number): Promise<Deal> {
    const deal = await findRecord(this.orm.em.fork(), Deal, id, p, 'deal', { forWrite: true });
    const rules = await this.rules.content(deal.pipelineId, version);
    if (!rules) throw invalidField('version', `${deal.pipelineId} v${version} is not published`);
    await this.automation.migrate('deal', id, rules, p.userId);
    return findRecord(this.orm.em.fork(), Deal, id, p, 'deal');
  }

  history(p: Principal, id: string, page: PageRequest): Promise<Page<StageChange>> {
    return this.stages.history(p, Deal, id, page);
  }

  /**
   * The deal closed by its workflow (won or lost): when, and what was won — the money its
   * invoices received, or its amount when they received none.
   */
  async close(
    deal: Deal,
    outcome: StageKind,
    at: Date,
    received: () => Promise<Decimal>,
  ): Promise<void> {
    if (outcome !== 'won' && outcome !== 'lost') return;
    deal.outcome = outcome;
    deal.closedAt ??= at;
    if (outcome === 'won') {
      const paid = await received();
      deal.wonAmount = paid.gt(0) ? paid.toFixed(4) : deal.amount;
    }
  }

  async list(p: Principal, q: ListQueryDto & DealFilters): Promise<Page<Deal>> {
    const em = this.orm.em.fork();
    return paginate(
      em,
      Deal,
      await this.listWhere(em, p, q),
      { limit: q.limit, cursor: q.cursor, offset: q.offset, sort: q.sort ?? '-createdAt' },
      DEAL_SORTS,
    );
  }

  /** The deals a list with these filters shows (the board's columns and totals count the same). */
  async listWhere(
    em: EntityManager,
    p: Principal,
    q: Omit<ListQueryDto, 'limit'> & DealFilters,
  ): Promise<FilterQuery<Deal>> {
    const rules =
      q.reachedStage && q.pipelineId ? await this.rules.latestIn(em, q.pipelineId) : null;
    return and(
      dealListWhere(p, q, rules) as Record<string, unknown>,
      await customFilterWhere(em, 'deal', q.custom),
    ) as FilterQuery<Deal>;
  }

  /**
   * The total of the deal's product rows (what its amount follows). By SQL: the rows belong to
   * the deal-products folder, which builds on the deals.
   */
  private async productsTotal(em: EntityManager, deal: Deal): Promise<string> {
    const [row] = await em
      .getConnection()
      .execute<{ total: string }[]>(
        'select coalesce(sum("total"), 0)::text as "total" from "deal_product" where "deal_id" = ?',
        [deal.id],
        'all',
        em.getTransactionContext(),
      );
    return formatAmount(money(row?.total ?? '0'), deal.currency);
  }

  private async apply(
    em: EntityManager,
    p: Principal,
    deal: Deal,
    input: DealInput,
    amountField = 'amount',
  ) {
    if (input.title !== undefined) deal.title = input.title;
    if (input.amount !== undefined) {
      // Never rounded silently: an amount has at most its currency's decimals.
      if (!fitsCurrency(input.amount, deal.currency))
        throw invalidField(
          amountField,
          `${deal.currency} has ${minorUnits(deal.currency)} decimals; ${input.amount} has more`,
        );
      if (input.amountManual === false)
        throw invalidField(
          'amountManual',
          'an amount given is set by hand; to follow the product rows again, send amountManual: false without an amount',
        );
      deal.amount = input.amount;
      deal.amountManual = true;
    } else if (input.amountManual === true) deal.amountManual = true;
    else if (input.amountManual === false && deal.amountManual) {
      deal.amountManual = false;
      deal.amount = await this.productsTotal(em, deal);
    }
    if (input.probability !== undefined) deal.probability = input.probability;
    if (input.expectedCloseDate !== undefined) deal.expectedCloseDate = input.expectedCloseDate;
    if (input.source !== undefined) deal.source = input.source;
    if (input.custom !== undefined)
      deal.custom = await customValuesFor(em, 'deal', input.custom, deal.custom);
    if (input.contactId !== undefined)
      deal.contact =
        input.contactId === null
          ? null
          : ref(await findLinkedRecord(em, Contact, input.contactId, p, 'contactId'));
    if (input.companyId !== undefined)
      deal.company =
        input.companyId === null
          ? null
          : ref(await findLinkedRecord(em, Company, input.companyId, p, 'companyId'));
  }
}
