import { Injectable } from '@nestjs/common';
import { type FilterQuery, MikroORM, ref } from '@mikro-orm/postgresql';
import { AutomationClient } from '../../automation/client/automation-client';
import { insertAtOnce } from '../../sql/insert-at-once';
import { type StageKind } from '../../rules/language/rule-set';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { AccessPolicy } from '../auth/access-policy';
import { checkIfMatch } from '../concurrency/if-match';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type PageRequest, type Sortable } from '../lists/pagination';
import { and, findRecord, recordListWhere } from '../records/records';
import { type StageChange } from '../stages/stage-change.entity';
import { RecordStagesService } from '../stages/record-stages.service';
import { nameEmailPhoneSearch } from '../lists/text-search';
import { type Principal } from '../users/role';
import { reachedCondition, type ReachedQuery } from '../stages/reached-filter';
import { Lead } from './lead.entity';
import { leadRulesOf } from './lead-rules';
import { checkKnownSource } from '../lead-sources/known-source';
import { customFilterWhere, customValuesFor } from '../custom-fields/custom-fields.service';
import { DomainError, StateConflictError } from '../../errors';
import { refuseDuplicates } from '../duplicates/duplicate-check';

export interface LeadInput {
  title?: string;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  companyName?: string | null;
  source?: string | null;
  custom?: Record<string, unknown>;
  responsibleId?: string;
}

const LEAD_SORTS: Sortable = {
  createdAt: { property: 'createdAt', kind: 'date' },
  updatedAt: { property: 'updatedAt', kind: 'date' },
  title: { property: 'title', kind: 'string' },
};

/**
 * Leads and their statuses under the lead rules (their conversion: LeadConversionService).
 */
@Injectable()
export class LeadsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly rules: RulesPublisher,
    private readonly automation: AutomationClient,
    private readonly stages: RecordStagesService,
  ) {}

  /**
   * A new lead under the latest lead rules; refused (`duplicate-record`) when an open lead with its
   * normalised email or phone exists, unless `allowDuplicate`.
   */
  async create(
    p: Principal,
    input: LeadInput & { title: string; allowDuplicate?: boolean },
  ): Promise<Lead> {
    const em = this.orm.em.fork();
    const rules = await this.rules.latestLeadRules(em);
    if (!rules)
      throw new DomainError(
        'rules-missing',
        'no lead rules are published: publish a rule set of kind lead first',
      );
    const first = [...rules.stages].sort((a, b) => a.order - b.order)[0];
    const lead = new Lead();
    lead.ruleSetId = rules.id;
    lead.rulesVersion = rules.version;
    lead.status = first.id;
    lead.responsible = ref(await AccessPolicy.responsibleFor(em, p, input.responsibleId));
    await checkKnownSource(em, input.source);
    this.apply(lead, input);
    lead.custom = await customValuesFor(em, 'lead', input.custom ?? {}, {});
    // Leads arrive in bulk (forms, integrations): the lead and its first history row are written
    // by one statement, not a transaction of four.
    const rows = [lead, this.stages.change(lead, null, first.id, 'created', p.userId)];
    if (
      input.allowDuplicate ||
      (!lead.contactPoints.emailNormalized && !lead.contactPoints.phoneNormalized)
    ) {
      await insertAtOnce(em, rows);
    } else {
      // The check and the insert in one transaction, under the duplicate check's locks.
      await em.transactional(async (tx) => {
        await refuseDuplicates(tx, 'lead', 'the lead', input, false);
        await insertAtOnce(tx, rows);
      });
    }
    await this.automation.startOrLog('lead', lead.id, lead.ruleSetId, lead.rulesVersion);
    return lead;
  }

  get(p: Principal, id: string): Promise<Lead> {
    return findRecord(this.orm.em.fork(), Lead, id, p, 'lead');
  }

  async update(p: Principal, id: string, input: LeadInput, ifMatch?: string): Promise<Lead> {
    const em = this.orm.em.fork();
    const lead = await findRecord(em, Lead, id, p, 'lead', { forWrite: true });
    checkIfMatch(ifMatch, lead.version);
    if (input.responsibleId !== undefined)
      lead.responsible = ref(await AccessPolicy.responsibleFor(em, p, input.responsibleId));
    // A source the lead already names stays allowed after it is deactivated.
    if (input.source !== lead.source) await checkKnownSource(em, input.source);
    const before = lead.ruleFields();
    this.apply(lead, input);
    if (input.custom !== undefined)
      lead.custom = await customValuesFor(em, 'lead', input.custom, lead.custom);
    await em.flush();
    // The rules see the lead's fields: each change reaches the workflow (conditions may now hold).
    await this.stages.fieldsChanged(lead, before);
    return lead;
  }

  async archive(p: Principal, id: string, ifMatch?: string): Promise<void> {
    const em = this.orm.em.fork();
    const lead = await findRecord(em, Lead, id, p, 'lead', { forWrite: true });
    checkIfMatch(ifMatch, lead.version);
    lead.archivedAt ??= new Date();
    await em.flush();
  }

  async list(
    p: Principal,
    q: ListQueryDto & {
      responsibleId?: string;
      status?: string;
      outcome?: string;
      source?: string;
      q?: string;
      archived?: boolean;
      custom?: string[];
    } & ReachedQuery,
  ): Promise<Page<Lead>> {
    const em = this.orm.em.fork();
    const rules = q.reachedStage ? await this.rules.latestLeadRules(em) : null;
    const where = and(
      recordListWhere(p, q),
      reachedCondition('lead', rules, q),
      {
        ...(q.status ? { status: q.status } : {}),
        ...(q.outcome ? { outcome: q.outcome } : {}),
        ...(q.source ? { source: q.source } : {}),
      },
      q.q ? nameEmailPhoneSearch(q.q, ['title', 'name', 'companyName']) : {},
      await customFilterWhere(em, 'lead', q.custom),
    );
    return paginate(
      em,
      Lead,
      where as FilterQuery<Lead>,
      { limit: q.limit, cursor: q.cursor, offset: q.offset, sort: q.sort ?? '-createdAt' },
      LEAD_SORTS,
    );
  }

  /**
   * A person's status change, through the lead's workflow (RecordStagesService.move); a lead
   * becomes converted only by its conversion.
   */
  async move(p: Principal, id: string, to: string, ifMatch?: string): Promise<Lead> {
    const rules = await leadRulesOf(this.rules, this.orm.em.fork(), await this.get(p, id));
    return this.stages.move(p, Lead, id, {
      to,
      ifMatch,
      refuse: () => {
        if (rules.stages.find((s) => s.id === to)?.kind === 'converted')
          throw new StateConflictError(
            'a lead becomes converted by POST /api/v1/leads/:id/convert',
          );
      },
    });
  }

  history(p: Principal, id: string, page: PageRequest): Promise<Page<StageChange>> {
    return this.stages.history(p, Lead, id, page);
  }

  /** The lead closed by its workflow: converted (when, if a person did not say already) or junk. */
  close(lead: Lead, outcome: StageKind, at: Date): void {
    if (outcome !== 'converted' && outcome !== 'junk') return;
    lead.outcome = outcome;
    if (outcome === 'converted') lead.convertedAt ??= at;
  }

  private apply(lead: Lead, input: LeadInput) {
    if (input.title !== undefined) lead.title = input.title;
    if (input.name !== undefined) lead.name = input.name;
    if (input.companyName !== undefined) lead.companyName = input.companyName;
    if (input.source !== undefined) lead.source = input.source;
    lead.contactPoints.set(input.email, input.phone);
  }
}
