import { Injectable, Logger } from '@nestjs/common';
import { type EntityManager, type FilterQuery, MikroORM, ref } from '@mikro-orm/postgresql';
import { AutomationClient } from '../../automation/client/automation-client';
import { insertAtOnce } from '../../sql/insert-at-once';
import { type RuleSet, type StageKind } from '../../rules/language/rule-set';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { AccessPolicy } from '../auth/access-policy';
import { Company } from '../companies/company.entity';
import { checkIfMatch } from '../concurrency/if-match';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type PageRequest, type Sortable } from '../lists/pagination';
import { and, findLinkedRecord, findRecord, recordListWhere } from '../records/records';
import { Contact } from '../contacts/contact.entity';
import { type Deal } from '../deals/deal.entity';
import { DealsService } from '../deals/deals.service';
import { type StageChange } from '../stages/stage-change.entity';
import { RecordStagesService } from '../stages/record-stages.service';
import { automationPrincipal } from '../users/role';
import { nameEmailPhoneSearch } from '../lists/text-search';
import { type Principal } from '../users/role';
import { reachedCondition, type ReachedQuery } from '../stages/reached-filter';
import { Lead } from './lead.entity';
import { checkKnownSource } from '../lead-sources/known-source';
import { DomainError, invalidField, StateConflictError } from '../../errors';
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

export interface ConversionRequest {
  /** Link this contact; or create one (or link one with the same email or phone) when `createContact`. */
  contactId?: string;
  createContact?: boolean;
  companyId?: string;
  createCompany?: boolean;
  deal?: { pipelineId: string; title?: string; amount?: string };
}

export interface ConversionResult {
  lead: Lead;
  contact: { id: string; created: boolean } | null;
  company: { id: string; created: boolean } | null;
  deal: Deal | null;
}

const LEAD_SORTS: Sortable = {
  createdAt: { property: 'createdAt', kind: 'date' },
  updatedAt: { property: 'updatedAt', kind: 'date' },
  title: { property: 'title', kind: 'string' },
};

/**
 * Leads and their statuses under the lead rules, and conversion into a
 * contact, a company and a deal: one transaction, all or nothing.
 */
@Injectable()
export class LeadsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly rules: RulesPublisher,
    private readonly deals: DealsService,
    private readonly automation: AutomationClient,
    private readonly stages: RecordStagesService,
  ) {}

  private readonly logger = new Logger('Leads');

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
    const rules = await this.rulesOf(this.orm.em.fork(), await this.get(p, id));
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

  /**
   * A person converts the lead: the conversion (all or nothing), then the new deal's workflow
   * starts and the lead's workflow moves to its converted stage and completes.
   */
  async convertByPerson(
    p: Principal,
    id: string,
    request: ConversionRequest,
    ifMatch?: string,
  ): Promise<ConversionResult> {
    const result = await this.convert(p, id, request, ifMatch);
    const deal = result.deal;
    if (deal) await this.automation.startOrLog('deal', deal.id, deal.pipelineId, deal.rulesVersion);
    try {
      await this.automation.move('lead', id, {
        to: result.lead.status,
        by: { id: p.userId, role: p.role },
      });
    } catch (error) {
      this.logger.warn(`lead-${id} did not take the conversion: ${(error as Error).message}`);
    }
    return result;
  }

  history(p: Principal, id: string, page: PageRequest): Promise<Page<StageChange>> {
    return this.stages.history(p, Lead, id, page);
  }

  /**
   * The lead converted by its rules (`convert`), acting for its responsible: a contact and a
   * company from what the lead holds, and a deal in the pipeline the rules name. Idempotent: a
   * lead converted already answers the deal it became.
   */
  async convertByRules(id: string, pipeline?: string): Promise<Deal | null> {
    const lead = await this.orm.em.fork().findOneOrFail(Lead, id);
    if (lead.outcome !== 'open')
      return lead.convertedDealId
        ? this.deals.get(automationPrincipal(lead), lead.convertedDealId)
        : null;
    const converted = await this.convert(automationPrincipal(lead), lead.id, {
      createContact: !!lead.name,
      createCompany: !!lead.companyName,
      ...(pipeline ? { deal: { pipelineId: pipeline } } : {}),
    });
    return converted.deal;
  }

  /** The lead closed by its workflow: converted (when, if a person did not say already) or junk. */
  close(lead: Lead, outcome: StageKind, at: Date): void {
    if (outcome !== 'converted' && outcome !== 'junk') return;
    lead.outcome = outcome;
    if (outcome === 'converted') lead.convertedAt ??= at;
  }

  /**
   * Converts the lead: links or creates a contact and a company (an existing
   * one with the same normalised email or phone is linked rather than
   * duplicated), creates the deal, and marks the lead converted. Any failure
   * rolls all of it back.
   */
  async convert(
    p: Principal,
    id: string,
    request: ConversionRequest,
    ifMatch?: string,
  ): Promise<ConversionResult> {
    return this.orm.em.fork().transactional(async (em) => {
      const lead = await findRecord(em, Lead, id, p, 'lead', { forWrite: true });
      checkIfMatch(ifMatch, lead.version);
      if (lead.outcome !== 'open')
        throw new StateConflictError(`the lead is already ${lead.outcome}`);
      const rules = await this.rulesOf(em, lead);
      const converted = rules.stages.find((s) => s.kind === 'converted');
      if (!converted)
        throw new DomainError(
          'rules-missing',
          `the lead rules ${rules.id} v${rules.version} have no converted stage`,
        );
      if (
        !request.contactId &&
        !request.createContact &&
        !request.companyId &&
        !request.createCompany &&
        !request.deal
      ) {
        throw invalidField(
          'contactId, createContact, companyId, createCompany, deal',
          'say what the lead becomes: a contact, a company and/or a deal',
        );
      }

      const contact = await this.contactFor(em, p, lead, request);
      const company = await this.companyFor(em, p, lead, request);
      if (contact && company) {
        if (!contact.record.companies.isInitialized()) await contact.record.companies.init();
        if (!contact.record.companies.contains(company.record))
          contact.record.companies.add(company.record);
      }
      let deal: Deal | null = null;
      if (request.deal) {
        deal = await this.deals.createIn(em, p, {
          pipelineId: request.deal.pipelineId,
          title: request.deal.title ?? lead.title,
          amount: request.deal.amount,
          amountField: 'deal.amount',
          source: lead.source ?? undefined,
          custom: lead.custom,
          contactId: undefined,
          companyId: undefined,
          responsibleId: lead.responsible.id,
          sourceLeadId: lead.id,
        });
        if (contact) deal.contact = ref(contact.record);
        if (company) deal.company = ref(company.record);
      }

      em.persist(this.stages.change(lead, lead.status, converted.id, 'converted', p.userId));
      lead.status = converted.id;
      lead.outcome = 'converted';
      lead.convertedAt = new Date();
      lead.convertedContactId = contact?.record.id ?? null;
      lead.convertedCompanyId = company?.record.id ?? null;
      lead.convertedDealId = deal?.id ?? null;
      return {
        lead,
        contact: contact ? { id: contact.record.id, created: contact.created } : null,
        company: company ? { id: company.record.id, created: company.created } : null,
        deal,
      };
    });
  }

  private async contactFor(
    em: EntityManager,
    p: Principal,
    lead: Lead,
    r: ConversionRequest,
  ): Promise<{ record: Contact; created: boolean } | null> {
    if (r.contactId)
      return {
        record: await findLinkedRecord(em, Contact, r.contactId, p, 'contactId'),
        created: false,
      };
    if (!r.createContact) return null;
    const existing = await this.findByEmailOrPhone(em, Contact, lead);
    if (existing) return { record: existing, created: false };
    if (!lead.name)
      throw invalidField('createContact', 'the lead has no name to make a contact of');
    const [firstName, ...rest] = lead.name.trim().split(/\s+/);
    const contact = new Contact();
    contact.firstName = firstName;
    contact.lastName = rest.join(' ') || null;
    contact.contactPoints.set(lead.contactPoints.email ?? null, lead.contactPoints.phone ?? null);
    contact.responsible = lead.responsible;
    em.persist(contact);
    return { record: contact, created: true };
  }

  private async companyFor(
    em: EntityManager,
    p: Principal,
    lead: Lead,
    r: ConversionRequest,
  ): Promise<{ record: Company; created: boolean } | null> {
    if (r.companyId)
      return {
        record: await findLinkedRecord(em, Company, r.companyId, p, 'companyId'),
        created: false,
      };
    if (!r.createCompany) return null;
    const existing = await this.findByEmailOrPhone(em, Company, lead);
    if (existing) return { record: existing, created: false };
    if (!lead.companyName) throw invalidField('createCompany', 'the lead has no company name');
    const company = new Company();
    company.rename(lead.companyName);
    company.contactPoints.set(lead.contactPoints.email ?? null, lead.contactPoints.phone ?? null);
    company.responsible = lead.responsible;
    em.persist(company);
    return { record: company, created: true };
  }

  /** A record, not archived, with the lead's normalised email or phone. */
  private async findByEmailOrPhone<T extends Contact | Company>(
    em: EntityManager,
    entity: new () => T,
    lead: Lead,
  ): Promise<T | null> {
    const { emailNormalized, phoneNormalized } = lead.contactPoints;
    const or = [
      ...(emailNormalized ? [{ contactPoints: { emailNormalized } }] : []),
      ...(phoneNormalized ? [{ contactPoints: { phoneNormalized } }] : []),
    ];
    if (or.length === 0) return null;
    const where = { $or: or, archivedAt: null, mergedIntoId: null } as unknown as FilterQuery<T>;
    return em.findOne(entity, where, { orderBy: { createdAt: 'asc' } as never });
  }

  private async rulesOf(em: EntityManager, lead: Lead): Promise<RuleSet> {
    const rules = await this.rules.content(lead.ruleSetId, lead.rulesVersion, em);
    if (!rules)
      throw new DomainError(
        'rules-missing',
        `rules ${lead.ruleSetId} v${lead.rulesVersion} of lead ${lead.id} are not published`,
      );
    return rules;
  }

  private apply(lead: Lead, input: LeadInput) {
    if (input.title !== undefined) lead.title = input.title;
    if (input.name !== undefined) lead.name = input.name;
    if (input.companyName !== undefined) lead.companyName = input.companyName;
    if (input.source !== undefined) lead.source = input.source;
    if (input.custom !== undefined) lead.custom = input.custom;
    lead.contactPoints.set(input.email, input.phone);
  }
}
