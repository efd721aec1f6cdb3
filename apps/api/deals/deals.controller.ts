import { AutomationClient } from '../../../libs/automation/client/automation-client';
import { dealSnapshot } from '../../../libs/crm/deals/deal-snapshot';
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
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { dealView, DealsService } from '../../../libs/crm/deals/deals.service';
import { stageChangeView } from '../../../libs/crm/stages/stage-history';
import { type Principal } from '../../../libs/crm/users/role';
import {
  CreateDealDto,
  ListDealsQueryDto,
  MigrateRulesDto,
  MoveDealDto,
  UpdateDealDto,
} from './deals.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';

@ApiTags('deals')
@ApiBearerAuth()
@Controller('api/v1/deals')
export class DealsController {
  constructor(
    private readonly deals: DealsService,
    private readonly automationClient: AutomationClient,
  ) {}

  @Post()
  @IdempotentCreate()
  @ApiCreatedResponse({ description: "in the first stage of the pipeline's latest rules version" })
  @ApiUnprocessableEntityResponse({
    description: 'no such pipeline, or a currency other than the pipeline’s',
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateDealDto) {
    const deal = await this.deals.create(p, body);
    return dealView(deal);
  }

  @Get()
  async list(@CurrentUser() p: Principal, @Query() query: ListDealsQueryDto) {
    const page = await this.deals.list(p, query);
    return { ...page, items: page.items.map(dealView) };
  }

  @Get(':id')
  async get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    const deal = await this.deals.get(p, id);
    return dealView(deal);
  }

  @Get(':id/history')
  @ApiOkResponse({
    description: 'every stage change: from, to, when, by whom or which rule, rules version',
  })
  async history(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return (await this.deals.history(p, id)).map(stageChangeView);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'If-Match names an older version' })
  async update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateDealDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const deal = await this.deals.update(p, id, body, ifMatch);
    return dealView(deal);
  }

  @Post(':id/move')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'moved; the stage history has the change' })
  @ApiConflictResponse({
    description: 'the rules forbid the move now (the reason says why); nothing changed',
  })
  @ApiUnprocessableEntityResponse({ description: 'no such stage in the deal’s rules' })
  async move(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MoveDealDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const deal = await this.deals.move(p, id, body.to, body.override ?? false, ifMatch);
    return dealView(deal);
  }

  @Post(':id/rules-version')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'the deal runs the new version from the next safe point; its history says so',
  })
  @ApiUnprocessableEntityResponse({
    description: 'the version is not published, or its stages lack the deal’s current stage',
  })
  async migrateRules(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MigrateRulesDto,
  ) {
    return dealView(await this.deals.migrateRules(p, id, body.version));
  }

  @Get(':id/automation')
  @ApiOkResponse({
    description:
      'what the automation does with the deal: stage, rules version, pending timers, open follow-ups, last events and the rule that fired each; a link to the workflow in the Temporal UI',
  })
  async automation(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    const deal = await this.deals.get(p, id, ['contact', 'company']);
    return this.automationClient.automation('deal', id, dealSnapshot(deal));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'archived' })
  async archive(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    await this.deals.archive(p, id, ifMatch);
  }
}
