import { Injectable } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { invalidField, StateConflictError } from '../../errors';
import { MailSender, messageIdFor } from '../../mail/mail-sender';
import { OutboundEmail } from '../../mail/outbound-email.entity';
import { Company } from '../companies/company.entity';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';
import { Lead } from '../leads/lead.entity';
import { type Activity } from './activity.entity';
import { activityRecordOf } from './activity-record';

/** The longest text an email activity sends, in characters. */
export const ACTIVITY_EMAIL_MAX_LENGTH = 20_000;

/** The key of the one email an activity sends: a retry finds it, a sent one never goes twice. */
export const activityEmailKey = (activityId: string) => `activity-${activityId}/email`;

/** What an activity's email looks like in its answer. */
export interface ActivityEmail {
  to: string;
  status: OutboundEmail['status'];
  error: string | null;
  sentAt: string | null;
}

export function activityEmailView(row: OutboundEmail | undefined): ActivityEmail | null {
  return row
    ? {
        to: row.to,
        status: row.status,
        error: row.error ?? null,
        sentAt: row.sentAt?.toISOString() ?? null,
      }
    : null;
}

/** Plain text as a minimal HTML body: escaped, paragraphs and line breaks kept. */
export function textToHtml(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return escaped
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/**
 * Email activities that send their email: the message is queued in the activity's transaction
 * (an `outbound_email` row, `sending`), then sent; a refused or failed send stays `failed` with
 * the reason, visible on the activity and in the record's timeline, and `POST …/send` retries it.
 * Keyed by the activity, so it goes out once.
 */
@Injectable()
export class ActivityEmailsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly mail: MailSender,
  ) {}

  /** The address of the contact the activity's record names; 422 naming the binding if none. */
  async recipient(em: EntityManager, activity: Activity): Promise<string> {
    let address: string | null | undefined;
    let field: string;
    if (activity.contact) {
      field = 'contactId';
      address = (await em.findOneOrFail(Contact, activity.contact.id)).contactPoints.email;
    } else if (activity.deal) {
      field = 'dealId';
      const deal = await em.findOneOrFail(Deal, activity.deal.id, { populate: ['contact'] });
      address = deal.contact?.getEntity().contactPoints.email;
    } else if (activity.lead) {
      field = 'leadId';
      address = (await em.findOneOrFail(Lead, activity.lead.id)).contactPoints.email;
    } else {
      field = 'companyId';
      address = (await em.findOneOrFail(Company, activity.company!.id)).contactPoints.email;
    }
    if (!address)
      throw invalidField(
        field,
        'to send the email, the record needs a contact with an email address',
      );
    return address;
  }

  /** The email, queued in the caller's transaction (flushed with the activity). */
  queue(em: EntityManager, activity: Activity, to: string, body: string): void {
    const row = new OutboundEmail();
    row.key = activityEmailKey(activity.id);
    row.to = to;
    row.subject = activity.subject.slice(0, 500);
    row.body = body;
    const record = activityRecordOf(activity);
    row.recordType = record.type;
    row.recordId = record.id;
    row.status = 'sending';
    row.messageId = messageIdFor(row.key);
    em.persist(row);
  }

  /** Sends the queued email; a failure is kept on its row (and logged), not thrown. */
  async send(activity: Activity): Promise<OutboundEmail> {
    const em = this.orm.em.fork();
    const row = await em.findOneOrFail(OutboundEmail, { key: activityEmailKey(activity.id) });
    if (row.status !== 'sent') {
      const body = row.body ?? '';
      await this.mail
        .send({
          key: row.key,
          to: row.to,
          subject: row.subject,
          text: body,
          html: textToHtml(body),
          record: activityRecordOf(activity),
        })
        .catch(() => undefined);
    }
    return em.fork().findOneOrFail(OutboundEmail, { key: row.key });
  }

  /** Sends again an email that failed or never went out; 409 once it was sent. */
  async retry(activity: Activity): Promise<OutboundEmail> {
    const row = await this.orm.em
      .fork()
      .findOne(OutboundEmail, { key: activityEmailKey(activity.id) });
    if (!row) throw new StateConflictError('the activity has no email to send');
    if (row.status === 'sent') throw new StateConflictError('the email was sent already');
    return this.send(activity);
  }

  /** The emails of these activities, by activity id (for lists). */
  async emailsOf(activities: Activity[]): Promise<Map<string, OutboundEmail>> {
    const emails = activities.filter((a) => a.type === 'email');
    if (!emails.length) return new Map();
    const rows = await this.orm.em
      .fork()
      .find(OutboundEmail, { key: { $in: emails.map((a) => activityEmailKey(a.id)) } });
    return new Map(rows.map((r) => [r.key.slice('activity-'.length, -'/email'.length), r]));
  }
}
