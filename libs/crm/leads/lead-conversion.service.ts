import { Injectable, Logger } from '@nestjs/common';
import { type EntityManager, type FilterQuery, MikroORM, ref } from '@mikro-orm/postgresql';
import { AutomationClient } from '../../automation/client/automation-client';
import { DomainError, invalidField, StateConflictError } from '../../errors';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { Company } from '../companies/company.entity';
import { checkIfMatch } from '../concurrency/if-match';
import { normalizeCompanyName } from '../contact-points/normalize';
import { Contact } from '../contacts/contact.entity';
import { carriedCustomValues } from '../custom-fields/custom-fields.service';
import { type Deal } from '../deals/deal.entity';
import { DealsService } from '../deals/deals.service';
import { findLinkedRecord, findRecord } from '../records/records';
import { RecordStagesService } from '../stages/record-stages.service';
import { automationPrincipal, type Principal } from '../users/role';
import { Lead } from './lead.entity';
import { leadRulesOf } from './lead-rules';

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

/**
 * A lead's conversion into a contact, a company and a deal: one transaction, all or nothing; by a
 * person (then the new deal's workflow starts and the lead's moves on) or by the lead's rules.
 */
@Injectable()
export class LeadConversionService {
  constructor(
    private readonly orm: MikroORM,
    private readonly rules: RulesPublisher,
    private readonly deals: DealsService,
    private readonly automation: AutomationClient,
    private readonly stages: RecordStagesService,
  ) {}

  private readonly logger = new Logger('Leads');

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
      const rules = await leadRulesOf(this.rules, em, lead);
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
          carriedCustom: await carriedCustomValues(em, 'lead', 'deal', lead.custom),
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
    contact.custom = await carriedCustomValues(em, 'lead', 'contact', lead.custom);
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
    const existing =
      (await this.findCompanyByName(em, lead)) ??
      (await this.findByEmailOrPhone(em, Company, lead));
    if (existing) return { record: existing, created: false };
    if (!lead.companyName) throw invalidField('createCompany', 'the lead has no company name');
    const company = new Company();
    company.rename(lead.companyName);
    company.contactPoints.set(lead.contactPoints.email ?? null, lead.contactPoints.phone ?? null);
    company.responsible = lead.responsible;
    company.custom = await carriedCustomValues(em, 'lead', 'company', lead.custom);
    em.persist(company);
    return { record: company, created: true };
  }

  /**
   * A company, not archived, whose name is the lead's company name once normalised ("ООО
   * «Ромашка»" is "Ромашка", "ACME Corp" is "Acme"): the duplicate check's rule for companies.
   */
  private async findCompanyByName(em: EntityManager, lead: Lead): Promise<Company | null> {
    const nameNormalized = normalizeCompanyName(lead.companyName);
    if (!nameNormalized) return null;
    return em.findOne(
      Company,
      { nameNormalized, archivedAt: null, mergedIntoId: null },
      { orderBy: { createdAt: 'asc' } },
    );
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
}
