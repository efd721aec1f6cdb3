import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ActivitiesService, activityView } from '../../../libs/crm/activities/activities.service';
import { Activity } from '../../../libs/crm/activities/activity.entity';
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
import { IdempotentCreate } from '../idempotency/idempotent-create';

const page = (p: Page<Activity>) => {
  const now = new Date();
  return { ...p, items: p.items.map((a) => activityView(a, now)) };
};

@ApiTags('activities')
@ApiBearerAuth()
@Controller('api/v1/activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Post()
  @IdempotentCreate()
  @ApiCreatedResponse()
  async create(@CurrentUser() p: Principal, @Body() body: CreateActivityDto) {
    const activity = await this.activities.create(p, body);
    return activityView(activity);
  }

  @Get()
  async list(@CurrentUser() p: Principal, @Query() query: ListActivitiesQueryDto) {
    return page(await this.activities.list(p, query));
  }

  @Get('today')
  @ApiOkResponse({ description: 'planned activities due today (in timeZone) for you or userId' })
  async today(@CurrentUser() p: Principal, @Query() query: AgendaQueryDto) {
    return page(await this.activities.agenda(p, 'today', query));
  }

  @Get('overdue')
  @ApiOkResponse({ description: 'planned activities past their due time, for you or userId' })
  async overdue(@CurrentUser() p: Principal, @Query() query: AgendaQueryDto) {
    return page(await this.activities.agenda(p, 'overdue', query));
  }

  @Get('counters')
  @ApiOkResponse({
    description: 'how many are due today and how many are overdue: the CRM’s counters',
  })
  counters(@CurrentUser() p: Principal, @Query() query: AgendaQueryDto) {
    return this.activities.counters(p, query.userId, query.timeZone);
  }

  @Get(':id')
  async get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    const activity = await this.activities.get(p, id);
    return activityView(activity);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'a stale If-Match, or the activity is done or cancelled' })
  async update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateActivityDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const activity = await this.activities.update(p, id, body, ifMatch);
    return activityView(activity);
  }

  @Post(':id/complete')
  @HttpCode(HttpStatus.OK)
  async complete(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CompleteActivityDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const activity = await this.activities.complete(p, id, body.outcome, ifMatch);
    return activityView(activity);
  }

  @Post(':id/reschedule')
  @HttpCode(HttpStatus.OK)
  async reschedule(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RescheduleActivityDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const activity = await this.activities.reschedule(p, id, body.dueAt, ifMatch);
    return activityView(activity);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  async cancel(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const activity = await this.activities.cancel(p, id, ifMatch);
    return activityView(activity);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'archived' })
  async archive(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    await this.activities.archive(p, id);
  }
}
