import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ActivitiesService } from '../../../libs/crm/activities/activities.service';
import { ActivityAgendaService } from '../../../libs/crm/activities/activity-agenda.service';
import { activityView } from '../../../libs/crm/activities/activity.view';
import { Activity } from '../../../libs/crm/activities/activity.entity';
import {
  activityEmailView,
  ActivityEmailsService,
} from '../../../libs/crm/activities/activity-emails.service';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { type Page } from '../../../libs/crm/lists/pagination';
import { type Principal } from '../../../libs/crm/users/role';
import {
  AgendaQueryDto,
  CompleteActivityDto,
  CreateActivityDto,
  ListActivitiesQueryDto,
  RescheduleActivityDto,
  UpdateActivityDto,
} from './activities.dto';
import { ActivityCountersDto, ActivityDto } from './activities.views';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import {
  created,
  IfMatch,
  noContent,
  ok,
  Operation,
  UuidParam,
  listOrCsv,
} from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';

@ApiTags('activities')
@ApiBearerAuth()
@Controller('api/v1/activities')
export class ActivitiesController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly agenda: ActivityAgendaService,
    private readonly emails: ActivityEmailsService,
    private readonly exports: ListExport,
  ) {}

  /** Activities as answered, each `email` activity with its email. */
  private async page(p: Page<Activity>) {
    const now = new Date();
    const emails = await this.emails.emailsOf(p.items);
    return {
      ...p,
      items: p.items.map((a) => ({
        ...activityView(a, now),
        email: activityEmailView(emails.get(a.id)),
      })),
    };
  }

  private async view(a: Activity) {
    const emails = await this.emails.emailsOf([a]);
    return { ...activityView(a), email: activityEmailView(emails.get(a.id)) };
  }

  @Post()
  @IdempotentCreate()
  @Operation({
    id: 'createActivity',
    summary: 'Plan an activity',
    description:
      'A call, email, meeting, event or task, bound to exactly one deal, lead, contact or company.',
    answer: created(
      ActivityDto,
      'the activity, planned; an email activity with a `body`: done once its email went out, else planned with the email failed and why',
    ),
    problems: ['invalid-fields'],
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateActivityDto) {
    const activity = await this.activities.create(p, body);
    return this.view(activity);
  }

  @Get()
  @Operation({
    id: 'listActivities',
    summary: 'List activities',
    answer: listOrCsv(PageOf(ActivityDto), 'a page of the activities the caller may see'),
  })
  async list(
    @CurrentUser() p: Principal,
    @Query() query: ListActivitiesQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    const ask = { query, accept, name: 'activities', item: ActivityDto };
    return this.exports.answer(ask, async (q) => this.page(await this.activities.list(p, q)));
  }

  @Get('today')
  @Operation({
    id: 'listActivitiesDueToday',
    summary: 'Activities due today',
    answer: listOrCsv(
      PageOf(ActivityDto),
      'planned activities due today (in timeZone) for you or userId',
    ),
  })
  async today(
    @CurrentUser() p: Principal,
    @Query() query: AgendaQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    const ask = { query, accept, name: 'activities-due-today', item: ActivityDto };
    return this.exports.answer(ask, async (q) => this.page(await this.agenda.list(p, 'today', q)));
  }

  @Get('overdue')
  @Operation({
    id: 'listOverdueActivities',
    summary: 'Overdue activities',
    answer: listOrCsv(
      PageOf(ActivityDto),
      'planned activities past their due time, for you or userId',
    ),
  })
  async overdue(
    @CurrentUser() p: Principal,
    @Query() query: AgendaQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    const ask = { query, accept, name: 'overdue-activities', item: ActivityDto };
    return this.exports.answer(ask, async (q) =>
      this.page(await this.agenda.list(p, 'overdue', q)),
    );
  }

  @Get('counters')
  @Operation({
    id: 'countActivities',
    summary: 'The CRM’s activity counters',
    answer: ok(
      ActivityCountersDto,
      'how many are due today, how many are overdue, and how many open deals and leads have nothing planned',
    ),
  })
  counters(@CurrentUser() p: Principal, @Query() query: AgendaQueryDto) {
    return this.agenda.counters(p, query.userId, query.timeZone);
  }

  @Get(':id')
  @Operation({
    id: 'getActivity',
    summary: 'Read an activity',
    answer: ok(ActivityDto, 'the activity'),
  })
  async get(@CurrentUser() p: Principal, @UuidParam() id: string) {
    const activity = await this.activities.get(p, id);
    return this.view(activity);
  }

  @Patch(':id')
  @Operation({
    id: 'updateActivity',
    summary: 'Change a planned activity',
    description: 'Only a planned activity changes; it stays bound to its record.',
    answer: ok(ActivityDto, 'the activity as changed'),
    problems: ['invalid-fields', 'state-conflict'],
  })
  async update(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: UpdateActivityDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const activity = await this.activities.update(p, id, body, ifMatch);
    return this.view(activity);
  }

  @Post(':id/complete')
  @Operation({
    id: 'completeActivity',
    summary: 'Mark an activity done',
    answer: ok(ActivityDto, 'done, with its outcome'),
    problems: ['invalid-fields', 'state-conflict'],
  })
  async complete(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: CompleteActivityDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const activity = await this.activities.complete(p, id, body.outcome, ifMatch);
    return this.view(activity);
  }

  @Post(':id/reschedule')
  @Operation({
    id: 'rescheduleActivity',
    summary: 'Move an activity’s due time',
    description:
      'Its reminder (if it has one, or is given one here) follows: it comes N minutes before the new time.',
    answer: ok(ActivityDto, 'the activity, due at the new time'),
    problems: ['invalid-fields', 'state-conflict'],
  })
  async reschedule(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: RescheduleActivityDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const activity = await this.activities.reschedule(
      p,
      id,
      body.dueAt,
      ifMatch,
      body.remindBeforeMinutes,
    );
    return this.view(activity);
  }

  @Post(':id/cancel')
  @Operation({
    id: 'cancelActivity',
    summary: 'Cancel an activity',
    answer: ok(ActivityDto, 'cancelled'),
    problems: ['state-conflict'],
  })
  async cancel(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const activity = await this.activities.cancel(p, id, ifMatch);
    return this.view(activity);
  }

  @Post(':id/send')
  @Operation({
    id: 'sendActivityEmail',
    summary: 'Send an email activity’s email again',
    description:
      'For an email that failed (or never went out): sent under the same key, so never twice; the activity is done once it went out.',
    answer: ok(ActivityDto, 'the activity, with the email’s new status'),
    problems: ['state-conflict'],
  })
  async send(@CurrentUser() p: Principal, @UuidParam() id: string) {
    const activity = await this.activities.get(p, id);
    return this.view(await this.activities.sendEmail(activity, p));
  }

  @Delete(':id')
  @Operation({
    id: 'archiveActivity',
    summary: 'Archive an activity',
    answer: noContent('archived'),
  })
  async archive(@CurrentUser() p: Principal, @UuidParam() id: string) {
    await this.activities.archive(p, id);
  }
}
