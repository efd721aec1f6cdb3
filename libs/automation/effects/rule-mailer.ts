import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { MikroORM } from '@mikro-orm/postgresql';
import { Deal } from '../../crm/deals/deal.entity';
import { AssignmentService } from '../../crm/users/assignment.service';
import { DomainError } from '../../errors';
import { MailSender } from '../../mail/mail-sender';
import { type EmailContext, renderEmail } from '../../mail/render-email';
import { type Recipient, type RuleSet } from '../../rules';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { type EffectTarget } from '../contract/automation.contract';
import { recordOf, snapshotOf } from './records-by-kind';

export interface MailExtras {
  /** More for the template than the record and its people: a quote, an invoice, an activity. */
  context?: EmailContext;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export interface Mailed {
  sentTo: string | null;
  note?: string;
}

/** The published rules a target runs: immutable, so reading them again is safe. */
export async function rulesOf(
  rules: RulesPublisher,
  t: { ruleSetId: string; version: number },
): Promise<RuleSet> {
  const content = await rules.content(t.ruleSetId, t.version);
  if (!content)
    throw new DomainError('rules-missing', `rules ${t.ruleSetId} v${t.version} are not published`);
  return content;
}

/**
 * A template of the record's rules, rendered for the record and sent once: keyed by the workflow
 * and the effect, so a retried effect never sends it twice. What the template sees: the record
 * (a deal with its contact and company), the responsible and the head of their team.
 */
@Injectable()
export class RuleMailer {
  constructor(
    private readonly orm: MikroORM,
    private readonly rules: RulesPublisher,
    private readonly mail: MailSender,
    private readonly people: AssignmentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(
    t: EffectTarget,
    template: string,
    to: Recipient,
    extras: MailExtras = {},
  ): Promise<Mailed> {
    const source = (await rulesOf(this.rules, t)).templates[template];
    if (!source)
      return { sentTo: null, note: `no template "${template}" in ${t.ruleSetId} v${t.version}` };
    const context = {
      // The recipient's locale, for {{money …}}: nobody has one of their own yet.
      locale: this.config.defaultLocale,
      ...(await this.context(t)),
      ...extras.context,
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
      attachments: extras.attachments,
      record: { type: t.kind, id: t.recordId },
    });
    return { sentTo: address };
  }

  private async context(t: EffectTarget): Promise<EmailContext> {
    const em = this.orm.em.fork();
    const record = await recordOf(em, t.kind, t.recordId);
    const { responsible, head } = await this.people.responsibleAndHead(em, record.responsible.id);
    const people = {
      responsible: { name: responsible.name, email: responsible.email },
      ...(head ? { head: { name: head.name, email: head.email } } : {}),
    };
    const companyName =
      record instanceof Deal ? { company_name: record.company?.getEntity().name ?? '' } : {};
    return { ...snapshotOf(record), ...people, ...companyName };
  }
}

function recipientAddress(context: EmailContext, to: Recipient): string | null {
  const holder = to === 'contact' ? (context.contact ?? context.lead) : context[to];
  const email = holder && typeof holder === 'object' ? holder.email : undefined;
  return typeof email === 'string' && email ? email : null;
}
