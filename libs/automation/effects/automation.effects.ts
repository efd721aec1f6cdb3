import { Inject, Injectable, Logger } from '@nestjs/common';
import { type EntityManager, MikroORM, ref } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DomainError, StateConflictError } from '../../errors';
import { Activity } from '../../crm/activities/activity.entity';
import { Deal } from '../../crm/deals/deal.entity';
import { formatStored } from '../../crm/documents/document-rows';
import { DocumentsService } from '../../crm/documents/documents.service';
import { Invoice } from '../../crm/documents/invoice.entity';
import { Quote } from '../../crm/documents/quote.entity';
import { money } from '../../crm/money/money';
import { newStageChange } from '../../crm/history/stage-history';
import { StageChange } from '../../crm/history/stage-change.entity';
import { Lead } from '../../crm/leads/lead.entity';
import { LeadsService } from '../../crm/leads/leads.service';
import { type Principal } from '../../crm/users/role';
import { Team } from '../../crm/users/team.entity';
import { User } from '../../crm/users/user.entity';
import { linkSecret, signLink } from '../../links/signed-links';
import { MailSender } from '../../mail/mail-sender';
import { type EmailContext, renderEmail, renderText } from '../../mail/render-email';
import { type Assignee, type Recipient, type RecordSnapshot, type RuleSet } from '../../rules';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { AutomationClient } from '../client/automation-client';
import {
  type AutomationEffectsApi,
  type EffectTarget,
  type RecordKind,
} from '../contract/automation.contract';
import { EffectRun } from './effect-run.entity';
import { dealSnapshot } from '../../crm/deals/deal-snapshot';
import { leadSnapshot } from '../../crm/leads/lead-snapshot';

type Input<K extends keyof AutomationEffectsApi> = Parameters<AutomationEffectsApi[K]>[0];

/**
 * The effects of the lead and deal workflows. Each is idempotent, keyed by the workflow and the
 * interpreter's key: database work runs in one transaction with an `effect_run` row (a retry
 * returns the first result), mail goes through the keyed `MailSender`.
 */
@Injectable()
export class AutomationEffects implements AutomationEffectsApi {
  private readonly logger = new Logger('Effects');

  constructor(
    private readonly orm: MikroORM,
    private readonly rules: RulesPublisher,
    private readonly mail: MailSender,
    private readonly documents: DocumentsService,
    private readonly leads: LeadsService,
    private readonly automation: AutomationClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- idempotency ---------------------------------------------------------

  /** Runs `work` once per (workflow, key): a repeat returns the stored result. */
  private async once<T>(t: EffectTarget, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.orm.em.fork().transactional(async (em) => {
      await em
        .getConnection()
        .execute(
          'select pg_advisory_xact_lock(hashtext(?))',
          [`${t.workflowId}/${t.key}`],
          'all',
          em.getTransactionContext(),
        );
      const done = await em.findOne(EffectRun, { workflowId: t.workflowId, key: t.key });
      if (done) return done.result as T;
      const result = await work(em);
      em.persist(
        Object.assign(new EffectRun(), {
          workflowId: t.workflowId,
          key: t.key,
          result: result ?? null,
        }),
      );
      return result;
    });
  }

  // ---- records -------------------------------------------------------------

  async begin(input: Input<'begin'>): Promise<{ rules: RuleSet; snapshot?: RecordSnapshot }> {
    const rules = await this.rulesOf(input);
    if (!input.snapshot) return { rules };
    return { rules, snapshot: await this.loadSnapshot(input) };
  }

  async loadRules(input: Input<'loadRules'>): Promise<RuleSet> {
    return this.rulesOf(input);
  }

  /** The record as the rules see it; marks the record's workflow as running (the reconciler). */
  async loadSnapshot(input: Input<'loadSnapshot'>): Promise<RecordSnapshot> {
    const em = this.orm.em.fork();
    await em
      .getConnection()
      .execute(
        `update "${input.kind}" set "workflow_started_at" = now() where "id" = ? and "workflow_started_at" is null`,
        [input.recordId],
      );
    return input.kind === 'deal'
      ? dealSnapshot(await this.deal(em, input.recordId))
      : leadSnapshot(await em.findOneOrFail(Lead, input.recordId));
  }

  async recordStage(input: Input<'recordStage'>): Promise<void> {
    await this.once(input, async (em) => {
      const record = await this.row(em, input.kind, input.recordId);
      const current = record instanceof Deal ? record.stage : record.status;
      const last = await em.findOne(
        StageChange,
        { recordType: input.kind, recordId: input.recordId },
        { orderBy: { at: 'desc', id: 'desc' } },
      );
      // The first stage is written with the record; a person's conversion writes its own stage.
      if (input.from === null && last) return;
      if (current === input.to && last?.toStage === input.to) return;
      if (record instanceof Deal) record.stage = input.to;
      else record.status = input.to;
      const change = newStageChange({
        recordType: input.kind,
        recordId: input.recordId,
        from: input.from ?? current,
        to: input.to,
        cause: input.cause,
        byUserId: input.byUserId,
        ruleSetId: input.ruleSetId,
        rulesVersion: input.version,
      });
      change.at = new Date(input.at);
      em.persist(change);
    });
  }

  async closeRecord(input: Input<'closeRecord'>): Promise<void> {
    await this.once(input, async (em) => {
      const record = await this.row(em, input.kind, input.recordId);
      if (record instanceof Deal) {
        if (input.outcome !== 'won' && input.outcome !== 'lost') return;
        record.outcome = input.outcome;
        record.closedAt ??= new Date(input.at);
        if (input.outcome === 'won') {
          // What was won: the money received on its invoices, or the deal's amount if none.
          const invoices = await em.find(Invoice, {
            deal: record.id,
            status: { $ne: 'cancelled' },
          });
          const paid = invoices.reduce((sum, i) => sum.plus(i.amountPaid), money(0));
          record.wonAmount = paid.gt(0) ? paid.toFixed(4) : record.amount;
        }
      } else if (input.outcome === 'converted' || input.outcome === 'junk') {
        record.outcome = input.outcome;
        if (input.outcome === 'converted') record.convertedAt ??= new Date(input.at);
      }
    });
  }

  async recordRulesVersion(input: Input<'recordRulesVersion'>): Promise<void> {
    await this.once(input, async (em) => {
      const record = await this.row(em, input.kind, input.recordId);
      record.rulesVersion = input.version;
      const stage = record instanceof Deal ? record.stage : record.status;
      em.persist(
        newStageChange({
          recordType: input.kind,
          recordId: input.recordId,
          from: stage,
          to: stage,
          cause: `rules v${input.from} → v${input.version}`,
          byUserId: input.by,
          ruleSetId: input.ruleSetId,
          rulesVersion: input.version,
        }),
      );
    });
  }

  async setField(input: Input<'setField'>): Promise<void> {
    await this.once(input, async (em) => {
      const record = await this.row(em, input.kind, input.recordId);
      const [, field, custom] = input.field.split('.');
      if (field === 'custom' && custom) {
        record.custom = { ...record.custom, [custom]: input.value };
        return;
      }
      const property = field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
      (record as unknown as Record<string, unknown>)[property] =
        input.value === null ? null : property === 'amount' ? String(input.value) : input.value;
    });
  }

  async assign(input: Input<'assign'>): Promise<{ responsibleId: string }> {
    return this.once(input, async (em) => {
      const record = await this.row(em, input.kind, input.recordId);
      const user = await this.assignee(em, input.assignee, record.responsible.id);
      record.responsible = ref(user);
      return { responsibleId: user.id };
    });
  }

  async createActivity(input: Input<'createActivity'>): Promise<{ activityId: string }> {
    return this.once(input, async (em) => {
      const record = await this.record(em, input.kind, input.recordId);
      const snapshot = record instanceof Deal ? dealSnapshot(record) : leadSnapshot(record);
      const activity = new Activity();
      activity.type = input.activity;
      activity.subject = renderText(input.subject, snapshot).slice(0, 300);
      activity.description = input.description ?? null;
      activity.dueAt = new Date(input.dueAt);
      activity.responsible = ref(await this.assignee(em, input.assignee, record.responsible.id));
      if (record instanceof Deal) activity.deal = ref(record);
      else activity.lead = ref(record);
      activity.automationKey = `${input.workflowId}/${input.key}`;
      em.persist(activity);
      return { activityId: activity.id };
    });
  }

  // ---- mail ----------------------------------------------------------------

  async sendEmail(input: Input<'sendEmail'>): Promise<{ sentTo: string | null; note?: string }> {
    return this.email(input, input.template, input.to);
  }

  async notify(input: Input<'notify'>): Promise<{ sentTo: string | null; note?: string }> {
    // An escalation names the activity it is about; its template shows it.
    const activity = input.activityKey
      ? await this.orm.em
          .fork()
          .findOne(Activity, { automationKey: `${input.workflowId}/${input.activityKey}` })
      : null;
    return this.email(input, input.template, input.to, {
      context: activity
        ? {
            activity: {
              subject: activity.subject,
              type: activity.type,
              due_at: activity.dueAt.toISOString(),
            },
          }
        : {},
    });
  }

  private async email(
    t: EffectTarget,
    template: string,
    to: Recipient,
    extra: {
      context?: EmailContext;
      attachments?: { filename: string; content: Buffer; contentType: string }[];
    } = {},
  ): Promise<{ sentTo: string | null; note?: string }> {
    const em = this.orm.em.fork();
    const rules = await this.rulesOf(t);
    const source = rules.templates[template];
    if (!source)
      return { sentTo: null, note: `no template "${template}" in ${t.ruleSetId} v${t.version}` };
    const context = {
      // The recipient's locale, for {{money …}}: nobody has one of their own yet.
      locale: this.config.defaultLocale,
      ...(await this.context(em, t.kind, t.recordId)),
      ...extra.context,
    };
    const address = recipientAddress(context, to);
    if (!address) return { sentTo: null, note: `the ${to} has no email address` };
    const rendered = renderEmail(source, context);
    await this.mail.send({
      key: `${t.workflowId}/${t.key}`,
      to: address,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: extra.attachments,
    });
    return { sentTo: address };
  }

  // ---- documents -----------------------------------------------------------

  async sendQuote(
    input: Input<'sendQuote'>,
  ): Promise<{ quoteId: string | null; number?: string; note?: string }> {
    const chosen = await this.once(input, async (em) => {
      const deal = await this.deal(em, input.recordId);
      const quote =
        (await em.findOne(
          Quote,
          { deal: deal.id, status: 'draft', archivedAt: null },
          { orderBy: { createdAt: 'desc' } },
        )) ?? null;
      if (!quote) return { quoteId: null, note: 'the deal has no draft quote to send' };
      quote.validUntil ??= new Date(input.validUntil).toISOString().slice(0, 10);
      return { quoteId: quote.id, number: quote.number };
    });
    if (!chosen.quoteId) return chosen;
    const admin = await this.actingAs(input);
    const { pdf } = await this.documents.pdf(
      admin,
      'quote',
      chosen.quoteId,
      this.config.seller,
      this.config.defaultLocale,
    );
    const quote = await this.orm.em.fork().findOneOrFail(Quote, chosen.quoteId);
    const expires = Math.floor(Date.parse(`${quote.validUntil}T23:59:59Z`) / 1000);
    const link = `${this.config.publicUrl}/q/${signLink(linkSecret(this.config), 'quote-answer', quote.id, expires)}`;
    const mailed = await this.email(input, input.template, 'contact', {
      context: { quote: { ...quoteFields(quote), link } },
      attachments: [
        { filename: `${quote.number}.pdf`, content: pdf, contentType: 'application/pdf' },
      ],
    });
    if (!mailed.sentTo)
      throw new StateConflictError(`quote ${quote.number} not sent: ${mailed.note}`);
    await this.orm.em
      .fork()
      .nativeUpdate(Quote, { id: quote.id, status: 'draft' }, { status: 'sent' });
    return chosen;
  }

  async issueInvoice(
    input: Input<'issueInvoice'>,
  ): Promise<{ invoiceId: string; number: string; paid: boolean }> {
    const admin = await this.actingAs(input);
    const issued = await this.once(input, async (em) => {
      const deal = await this.deal(em, input.recordId);
      const accepted = await em.findOne(
        Quote,
        { deal: deal.id, status: 'accepted' },
        { orderBy: { createdAt: 'desc' }, populate: ['rows'] },
      );
      const rows = accepted
        ? accepted.rows.getItems().map((r) => ({
            name: r.name,
            quantity: r.quantity,
            unitPrice: r.unitPrice,
            discountPercent: r.discountPercent,
            taxRate: r.taxRate,
            taxIncluded: r.taxIncluded,
            unit: r.unit ?? undefined,
          }))
        : [{ name: deal.title, quantity: '1', unitPrice: deal.amount }];
      const invoice = await this.documents.createInvoiceIn(em, admin, {
        currency: deal.currency,
        dealId: deal.id,
        companyId: deal.company?.id ?? null,
        contactId: deal.contact?.id ?? null,
        responsibleId: deal.responsible.id,
        dueDate: new Date(input.dueAt).toISOString().slice(0, 10),
        rows,
        quoteId: accepted?.id,
      });
      return { invoiceId: invoice.id, number: invoice.number };
    });
    const invoice = await this.orm.em.fork().findOneOrFail(Invoice, issued.invoiceId);
    if (input.send && input.template) {
      const { pdf } = await this.documents.pdf(
        admin,
        'invoice',
        invoice.id,
        this.config.seller,
        this.config.defaultLocale,
      );
      const mailed = await this.email(input, input.template, 'contact', {
        context: { invoice: invoiceFields(invoice) },
        attachments: [
          { filename: `${invoice.number}.pdf`, content: pdf, contentType: 'application/pdf' },
        ],
      });
      if (mailed.sentTo)
        await this.orm.em
          .fork()
          .nativeUpdate(Invoice, { id: invoice.id, status: 'draft' }, { status: 'sent' });
    }
    return { ...issued, paid: invoice.status === 'paid' };
  }

  // ---- leads ---------------------------------------------------------------

  async convertLead(input: Input<'convertLead'>): Promise<{ dealId: string | null }> {
    const result = await this.once(input, async (em) => {
      const lead = await em.findOneOrFail(Lead, input.recordId);
      if (lead.outcome !== 'open') return { dealId: lead.convertedDealId ?? null };
      return null;
    });
    if (result) return result;
    const lead = await this.orm.em.fork().findOneOrFail(Lead, input.recordId);
    const converted = await this.leads.convert(await this.actingAs(input), lead.id, {
      createContact: !!lead.name,
      createCompany: !!lead.companyName,
      ...(input.pipeline ? { deal: { pipelineId: input.pipeline } } : {}),
    });
    const deal = converted.deal;
    if (deal) await this.automation.start('deal', deal.id, deal.pipelineId, deal.rulesVersion);
    return { dealId: deal?.id ?? null };
  }

  // ---- helpers ---------------------------------------------------------------

  /** The record as templates see it: a deal with its contact and company. */
  private async record(em: EntityManager, kind: RecordKind, id: string): Promise<Deal | Lead> {
    return kind === 'deal' ? this.deal(em, id) : em.findOneOrFail(Lead, id);
  }

  /** The record alone, for effects that change only its own columns (no joins). */
  private async row(em: EntityManager, kind: RecordKind, id: string): Promise<Deal | Lead> {
    return kind === 'deal' ? em.findOneOrFail(Deal, id) : em.findOneOrFail(Lead, id);
  }

  private deal(em: EntityManager, id: string): Promise<Deal> {
    // The responsible is not joined: only its id is read here (`context` loads the person).
    return em.findOneOrFail(Deal, id, { populate: ['contact', 'company'] });
  }

  private async rulesOf(t: { ruleSetId: string; version: number }): Promise<RuleSet> {
    const rules = await this.rules.content(t.ruleSetId, t.version);
    if (!rules)
      throw new DomainError(
        'rules-missing',
        `rules ${t.ruleSetId} v${t.version} are not published`,
      );
    return rules;
  }

  /** The automation acts with an admin's reach, in the name of the record's responsible. */
  private async actingAs(t: EffectTarget): Promise<Principal> {
    const em = this.orm.em.fork();
    const record = await this.row(em, t.kind, t.recordId);
    return { userId: record.responsible.id, name: 'automation', role: 'admin', teamId: null };
  }

  private async assignee(
    em: EntityManager,
    assignee: Assignee,
    responsibleId: string,
  ): Promise<User> {
    if (assignee.kind === 'user') {
      const user = await em.findOne(User, {
        $or: [{ email: assignee.user }, { name: assignee.user }],
        active: true,
      });
      if (user) return user;
      this.logger.warn(`assignee ${assignee.user} not found or inactive; keeping the responsible`);
    }
    if (assignee.kind === 'round_robin') {
      const next = await this.nextInTeam(em, assignee.team);
      if (next) return next;
      this.logger.warn(
        `round robin: team "${assignee.team}" has no active members; keeping the responsible`,
      );
    }
    return em.findOneOrFail(User, responsibleId);
  }

  /** Round robin: the active managers of the team in turn (a counter per team, under a row lock). */
  private async nextInTeam(em: EntityManager, teamName: string): Promise<User | null> {
    const team = await em.findOne(Team, { name: teamName });
    if (!team) return null;
    const members = await em.find(
      User,
      { team: team.id, active: true, role: { $in: ['manager', 'head'] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    if (members.length === 0) return null;
    const [row] = await em.getConnection().execute<{ turn: number }[]>(
      `insert into "round_robin_turn" ("team_id", "turn") values (?, 0)
         on conflict ("team_id") do update set "turn" = "round_robin_turn"."turn" + 1
         returning "turn"`,
      [team.id],
      'all',
      em.getTransactionContext(),
    );
    return members[Number(row.turn) % members.length];
  }

  /** What templates see: the record, its contact and company, the responsible and their head. */
  private async context(em: EntityManager, kind: RecordKind, id: string): Promise<EmailContext> {
    const record = await this.record(em, kind, id);
    const responsible = await em.findOneOrFail(User, record.responsible.id, { populate: ['team'] });
    const head = responsible.team
      ? await em.findOne(
          User,
          { team: responsible.team.id, role: 'head', active: true },
          { orderBy: { createdAt: 'asc' } },
        )
      : null;
    const people = {
      responsible: { name: responsible.name, email: responsible.email },
      ...(head ? { head: { name: head.name, email: head.email } } : {}),
    };
    if (record instanceof Deal) {
      const snapshot = dealSnapshot(record);
      return { ...snapshot, ...people, company_name: record.company?.getEntity().name ?? '' };
    }
    return { ...leadSnapshot(record), ...people };
  }
}

function recipientAddress(context: EmailContext, to: Recipient): string | null {
  const holder = to === 'contact' ? (context.contact ?? context.lead) : context[to];
  const email = holder && typeof holder === 'object' ? holder.email : undefined;
  return typeof email === 'string' && email ? email : null;
}

function quoteFields(q: Quote) {
  return {
    number: q.number,
    total: formatStored(q.total, q.currency),
    currency: q.currency,
    valid_until: q.validUntil ?? '',
    link: '',
  };
}

function invoiceFields(i: Invoice) {
  return {
    number: i.number,
    total: formatStored(i.total, i.currency),
    currency: i.currency,
    due_date: i.dueDate,
    amount_due: formatStored(money(i.total).minus(i.amountPaid).toFixed(4), i.currency),
    link: '',
  };
}
