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
import { dayBounds } from './day-bounds';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type Sortable } from '../lists/pagination';
import { and, findLinkedRecord, findRecord, recordListWhere } from '../records/records';
import { containsPattern } from '../lists/text-search';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';
import { Lead } from '../leads/lead.entity';
import { automationPrincipal, type Principal } from '../users/role';
import { ActivityEmailsService } from './activity-emails.service';
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

const ACTIVITY_SORTS: Sortable = {
  dueAt: { property: 'dueAt', kind: 'date' },
  createdAt: { property: 'createdAt', kind: 'date' },
  updatedAt: { property: 'updatedAt', kind: 'date' },
};

export function activityView(a: Activity, now = new Date()) {
  return {
    id: a.id,
    type: a.type,
    subject: a.subject,
    description: a.description ?? null,
    dueAt: a.dueAt.toISOString(),
    durationMinutes: a.durationMinutes ?? null,
    meetingMode: a.meetingMode ?? null,
    status: a.status,
    overdue: a.status === 'planned' && a.dueAt < now,
    outcome: a.outcome ?? null,
    completedAt: a.completedAt?.toISOString() ?? null,
    dealId: a.deal?.id ?? null,
    leadId: a.lead?.id ?? null,
    automated: !!a.automationKey,
    contactId: a.contact?.id ?? null,
    companyId: a.company?.id ?? null,
    responsibleId: a.responsible.id,
    archivedAt: a.archivedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    version: a.version,
  };
}

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
    em.persist(activity);
    return activity;
  }

  /** The activity the rules created under a key, if it is there. */
  findAutomated(em: EntityManager, automationKey: string): Promise<Activity | null> {
    return em.findOne(Activity, { automationKey });
  }

  get(p: Principal, id: string): Promise<Activity> {
    return findRecord(this.orm.em.fork(), Activity, id, p, 'activity');
  }

  update(p: Principal, id: string, input: ActivityInput, ifMatch?: string): Promise<Activity> {
    return this.change(p, id, ifMatch, async (em, a) => {
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
    });
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
    // The workflow of the deal or lead it belongs to hears of it (the rules may move on).
    await this.tellOwner(activity, {
      type: 'activity_completed',
      activityId: activity.id,
      activity: activity.type,
      ...(activity.outcome ? { outcome: activity.outcome } : {}),
    });
    return activity;
  }

  async reschedule(p: Principal, id: string, dueAt: Date, ifMatch?: string): Promise<Activity> {
    const activity = await this.change(p, id, ifMatch, async (_em, a) => {
      a.dueAt = dueAt;
    });
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

  /** Planned activities of one user due today (in `timeZone`), or overdue now. */
  agenda(
    p: Principal,
    which: 'today' | 'overdue',
    q: ListQueryDto & { userId?: string; timeZone?: string },
    now = new Date(),
  ): Promise<Page<Activity>> {
    return paginate(
      this.orm.em.fork(),
      Activity,
      this.agendaWhere(p, which, q.userId, q.timeZone, now) as FilterQuery<Activity>,
      {
        limit: q.limit,
        cursor: q.cursor,
        offset: q.offset,
        sort: q.sort ?? 'dueAt',
      },
      ACTIVITY_SORTS,
    );
  }

  /**
   * The CRM's counters: how many planned activities are due today, how many are overdue, and how
   * many open deals and leads have nothing planned at all.
   */
  async counters(
    p: Principal,
    userId: string | undefined,
    timeZone: string | undefined,
    now = new Date(),
  ): Promise<{ today: number; overdue: number; nothingPlanned: number }> {
    const em = this.orm.em.fork();
    const who = userId ?? p.userId;
    // Within what the caller may see, as the agenda's scope says (a manager: their own).
    const visible =
      who === p.userId ||
      p.role === 'admin' ||
      p.role === 'salesops' ||
      (p.role === 'head' && !!p.teamMemberIds?.includes(who));
    const unplanned = (table: 'deal' | 'lead') =>
      em
        .getConnection()
        .execute<{ n: string }[]>(
          `select count(*) as n from "${table}" r where r.responsible_id = ? and r.archived_at is null and r.outcome = 'open' and not exists (select 1 from activity a where a.${table}_id = r.id and a.status = 'planned' and a.archived_at is null)`,
          [who],
        )
        .then((rows) => (visible ? Number(rows[0]?.n ?? 0) : 0));
    const [today, overdue, deals, leads] = await Promise.all([
      em.count(
        Activity,
        this.agendaWhere(p, 'today', userId, timeZone, now) as FilterQuery<Activity>,
      ),
      em.count(
        Activity,
        this.agendaWhere(p, 'overdue', userId, timeZone, now) as FilterQuery<Activity>,
      ),
      unplanned('deal'),
      unplanned('lead'),
    ]);
    return { today, overdue, nothingPlanned: deals + leads };
  }

  private agendaWhere(
    p: Principal,
    which: 'today' | 'overdue',
    userId: string | undefined,
    timeZone: string | undefined,
    now: Date,
  ) {
    const { start, end } = dayBounds(now, timeZone ?? 'UTC');
    return and(AccessPolicy.readScope(p), {
      responsible: userId ?? p.userId,
      status: 'planned',
      archivedAt: null,
      dueAt: which === 'today' ? { $gte: start, $lt: end } : { $lt: now },
    });
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
  }
}
