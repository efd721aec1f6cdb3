import { AutomationClient } from '../../automation/client/automation-client';
import { activityReportWhere, type ActivityReportFilters } from './activity-report-filters';
import { type ExternalEvent } from '../../automation/contract/automation.contract';
import { Injectable } from '@nestjs/common';
import { type EntityManager, type FilterQuery, MikroORM, ref } from '@mikro-orm/postgresql';
import { type RecordSnapshot } from '../../rules';
import { type ActivityType } from '../../rules/language/rule-set';
import { renderText } from '../../mail/render-email';
import { type User } from '../users/user.entity';
import { AccessPolicy } from '../auth/access-policy';
import { Company } from '../companies/company.entity';
import { checkIfMatch } from '../concurrency/if-match';
import { reminderTimeOf } from './reminder-time';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type Sortable } from '../lists/pagination';
import { and, findLinkedRecord, findRecord, recordListWhere } from '../records/records';
import { containsPattern } from '../lists/text-search';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';
import { Lead } from '../leads/lead.entity';
import { automationPrincipal, type Principal } from '../users/role';
import { ActivityEmailsService } from './activity-emails.service';
import { ActivityRemindersService } from './activity-reminders.service';
import { Activity, type MeetingMode } from './activity.entity';
import { invalidField, StateConflictError } from '../../errors';

export interface ActivityInput {
  type?: ActivityType;
  subject?: string;
  description?: string | null;
  dueAt?: Date;
  durationMinutes?: number | null;
  meetingMode?: MeetingMode | null;
  dealId?: string;
  leadId?: string;
  contactId?: string;
  companyId?: string;
  responsibleId?: string;
  /** An email activity's text, sent at once (ActivityEmailsService). */
  body?: string;
  /** Remind the responsible this many minutes before it is due; null: no reminder. */
  remindBeforeMinutes?: number | null;
}

export interface ActivityFilters extends ActivityReportFilters {
  responsibleId?: string;
  type?: string;
  status?: string;
  dealId?: string;
  leadId?: string;
  contactId?: string;
  companyId?: string;
  dueFrom?: Date;
  dueTo?: Date;
  q?: string;
  archived?: boolean;
}

export const ACTIVITY_SORTS: Sortable = {
  dueAt: { property: 'dueAt', kind: 'date' },
  createdAt: { property: 'createdAt', kind: 'date' },
  updatedAt: { property: 'updatedAt', kind: 'date' },
};

/**
 * Activities: planned, then done with an outcome, rescheduled or cancelled;
 * and the counters the CRM shows each manager: due today, overdue.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly orm: MikroORM,
    private readonly automation: AutomationClient,
    private readonly emails: ActivityEmailsService,
    private readonly reminders: ActivityRemindersService,
  ) {}

  async create(
    p: Principal,
    input: ActivityInput & { type: ActivityType; subject: string; dueAt: Date },
  ): Promise<Activity> {
    const em = this.orm.em.fork();
    const bound = [input.dealId, input.leadId, input.contactId, input.companyId].filter(
      Boolean,
    ).length;
    if (bound !== 1)
      throw invalidField(
        'dealId, leadId, contactId, companyId',
        'bind the activity to exactly one record',
      );
    if (input.meetingMode && input.type !== 'meeting')
      throw invalidField('meetingMode', 'only a meeting is in person or remote');
    if (input.body !== undefined && input.type !== 'email')
      throw invalidField('body', 'only an email activity has a text to send');
    const activity = new Activity();
    activity.type = input.type;
    activity.responsible = ref(await AccessPolicy.responsibleFor(em, p, input.responsibleId));
    if (input.dealId)
      activity.deal = ref(await findLinkedRecord(em, Deal, input.dealId, p, 'dealId'));
    if (input.leadId)
      activity.lead = ref(await findLinkedRecord(em, Lead, input.leadId, p, 'leadId'));
    if (input.contactId)
      activity.contact = ref(await findLinkedRecord(em, Contact, input.contactId, p, 'contactId'));
    if (input.companyId)
      activity.company = ref(await findLinkedRecord(em, Company, input.companyId, p, 'companyId'));
    this.apply(activity, input);
    em.persist(activity);
    // The email is queued with the activity (one transaction), then sent: never lost between.
    if (input.body !== undefined)
      this.emails.queue(em, activity, await this.emails.recipient(em, activity), input.body);
    await em.flush();
    await this.reminders.retime(activity, false);
    return input.body !== undefined ? this.sendEmail(activity) : activity;
  }

  /** Sends an email activity's email (again, if it failed): done once it went out. */
  async sendEmail(activity: Activity, p?: Principal): Promise<Activity> {
    if (p) {
      activity = await findRecord(this.orm.em.fork(), Activity, activity.id, p, 'activity', {
        forWrite: true,
      });
      await this.emails.retry(activity);
    } else await this.emails.send(activity);
    const sent = (await this.emails.emailsOf([activity])).get(activity.id)?.status === 'sent';
    return sent && activity.status === 'planned'
      ? this.complete(automationPrincipal(activity), activity.id, 'sent')
      : activity;
  }

  /**
   * An activity the rules created for a lead or a deal, in the caller's transaction: its subject
   * rendered for the record (`Call {{lead.name}}` reads `Call Ann`), keyed by the workflow and the
   * rule that created it (how the workflow knows it again when it is done).
   */
  createAutomated(
    em: EntityManager,
    record: Deal | Lead,
    snapshot: RecordSnapshot,
    input: {
      type: ActivityType;
      subject: string;
      description: string | null;
      dueAt: Date;
      responsible: User;
      automationKey: string;
      remindBeforeMinutes?: number;
    },
  ): Activity {
    const activity = new Activity();
    activity.type = input.type;
    activity.subject = renderText(input.subject, snapshot).slice(0, 300);
    activity.description = input.description;
    activity.dueAt = input.dueAt;
    activity.responsible = ref(input.responsible);
    if (record instanceof Deal) activity.deal = ref(record);
    else activity.lead = ref(record);
    activity.automationKey = input.automationKey;
    activity.remindBeforeMinutes = input.remindBeforeMinutes ?? null;
    em.persist(activity);
    return activity;
  }

  /** Times the reminder of an activity the rules created, once its row is committed. */
  async timeAutomatedReminder(activityId: string): Promise<void> {
    const activity = await this.orm.em.fork().findOne(Activity, activityId);
    if (activity) await this.reminders.retime(activity, false);
  }

  /** The activity the rules created under a key, if it is there. */
  findAutomated(em: EntityManager, automationKey: string): Promise<Activity | null> {
    return em.findOne(Activity, { automationKey });
  }

  get(p: Principal, id: string): Promise<Activity> {
    return findRecord(this.orm.em.fork(), Activity, id, p, 'activity');
  }

  async update(
    p: Principal,
    id: string,
    input: ActivityInput,
    ifMatch?: string,
  ): Promise<Activity> {
    const before = { at: null as number | null };
    const activity = await this.change(p, id, ifMatch, async (em, a) => {
      before.at = reminderTimeOf(a);
      if (
        input.dealId !== undefined ||
        input.leadId !== undefined ||
        input.contactId !== undefined ||
        input.companyId !== undefined
      ) {
        throw invalidField('dealId, contactId, companyId', 'an activity stays bound to its record');
      }
      if (input.responsibleId !== undefined)
        a.responsible = ref(await AccessPolicy.responsibleFor(em, p, input.responsibleId));
      this.apply(a, input);
      if (reminderTimeOf(a) !== before.at) a.remindedAt = null;
    });
    if (reminderTimeOf(activity) !== before.at)
      await this.reminders.retime(activity, before.at !== null);
    return activity;
  }

  async complete(
    p: Principal,
    id: string,
    outcome: string | undefined,
    ifMatch?: string,
  ): Promise<Activity> {
    const activity = await this.change(p, id, ifMatch, async (_em, a) => {
      a.status = 'done';
      a.outcome = outcome ?? null;
      a.completedAt = new Date();
    });
    await this.reminders.retime(activity, activity.remindBeforeMinutes != null);
    // The workflow of the deal or lead it belongs to hears of it (the rules may move on).
    await this.tellOwner(activity, {
      type: 'activity_completed',
      activityId: activity.id,
      activity: activity.type,
      ...(activity.outcome ? { outcome: activity.outcome } : {}),
    });
    return activity;
  }

  async reschedule(
    p: Principal,
    id: string,
    dueAt: Date,
    ifMatch?: string,
    remindBeforeMinutes?: number | null,
  ): Promise<Activity> {
    let had = false;
    const activity = await this.change(p, id, ifMatch, async (_em, a) => {
      had = a.remindBeforeMinutes != null;
      a.dueAt = dueAt;
      if (remindBeforeMinutes !== undefined) a.remindBeforeMinutes = remindBeforeMinutes;
      a.remindedAt = null;
    });
    await this.reminders.retime(activity, had);
    // Its overdue checks follow it (for activities the rules created).
    if (activity.automationKey)
      await this.tellOwner(activity, {
        type: 'activity_rescheduled',
        activityId: activity.id,
        dueAt: dueAt.getTime(),
      });
    return activity;
  }

  async cancel(p: Principal, id: string, ifMatch?: string): Promise<Activity> {
    const activity = await this.change(p, id, ifMatch, async (_em, a) => {
      a.status = 'cancelled';
    });
    await this.reminders.retime(activity, activity.remindBeforeMinutes != null);
    if (activity.automationKey)
      await this.tellOwner(activity, { type: 'activity_cancelled', activityId: activity.id });
    return activity;
  }

  /** Tells the workflow of the deal or lead the activity belongs to. */
  private async tellOwner(activity: Activity, event: ExternalEvent): Promise<void> {
    if (activity.deal) await this.automation.signalOrLog('deal', activity.deal.id, event);
    else if (activity.lead) await this.automation.signalOrLog('lead', activity.lead.id, event);
  }

  async archive(p: Principal, id: string): Promise<void> {
    const em = this.orm.em.fork();
    const activity = await findRecord(em, Activity, id, p, 'activity', { forWrite: true });
    activity.archivedAt ??= new Date();
    await em.flush();
    await this.reminders.retime(activity, activity.remindBeforeMinutes != null);
  }

  list(p: Principal, q: ListQueryDto & ActivityFilters): Promise<Page<Activity>> {
    return paginate(
      this.orm.em.fork(),
      Activity,
      this.where(p, q) as FilterQuery<Activity>,
      { limit: q.limit, cursor: q.cursor, offset: q.offset, sort: q.sort ?? 'dueAt' },
      ACTIVITY_SORTS,
    );
  }

  private where(p: Principal, q: ListQueryDto & ActivityFilters) {
    const due: Record<string, Date> = {};
    if (q.dueFrom) due.$gte = q.dueFrom;
    if (q.dueTo) due.$lt = q.dueTo;
    return and(
      recordListWhere(p, q),
      {
        ...(q.type ? { type: q.type } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.dealId ? { deal: q.dealId } : {}),
        ...(q.leadId ? { lead: q.leadId } : {}),
        ...(q.contactId ? { contact: q.contactId } : {}),
        ...(q.companyId ? { company: q.companyId } : {}),
        ...(Object.keys(due).length ? { dueAt: due } : {}),
        ...(q.q ? { subject: { $ilike: containsPattern(q.q) } } : {}),
      },
      activityReportWhere(q),
    );
  }

  /** A change of a planned activity; done and cancelled ones are history. */
  private async change(
    p: Principal,
    id: string,
    ifMatch: string | undefined,
    work: (em: EntityManager, a: Activity) => Promise<void>,
  ): Promise<Activity> {
    const em = this.orm.em.fork();
    const activity = await findRecord(em, Activity, id, p, 'activity', { forWrite: true });
    checkIfMatch(ifMatch, activity.version);
    if (activity.status !== 'planned')
      throw new StateConflictError(
        `the activity is ${activity.status}; only a planned activity changes`,
      );
    await work(em, activity);
    await em.flush();
    return activity;
  }

  private apply(a: Activity, input: ActivityInput) {
    if (input.subject !== undefined) a.subject = input.subject;
    if (input.description !== undefined) a.description = input.description;
    if (input.dueAt !== undefined) a.dueAt = input.dueAt;
    if (input.durationMinutes !== undefined) a.durationMinutes = input.durationMinutes;
    if (input.meetingMode !== undefined) a.meetingMode = input.meetingMode;
    if (input.remindBeforeMinutes !== undefined) a.remindBeforeMinutes = input.remindBeforeMinutes;
  }
}
