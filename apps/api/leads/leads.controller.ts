import { AutomationClient } from '../../../libs/automation/client/automation-client';
import { leadSnapshot } from '../../../libs/crm/leads/lead-snapshot';
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
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { dealView } from '../../../libs/crm/deals/deals.service';
import { leadView, LeadsService } from '../../../libs/crm/leads/leads.service';
import { stageChangeView } from '../../../libs/crm/stages/stage-history';
import { type Principal } from '../../../libs/crm/users/role';
import {
  ConvertLeadDto,
  CreateLeadDto,
  ListLeadsQueryDto,
  MoveLeadDto,
  UpdateLeadDto,
} from './leads.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';

@ApiTags('leads')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class LeadsController {
  constructor(
    private readonly leads: LeadsService,
    private readonly automationClient: AutomationClient,
  ) {}

  @Post()
  @IdempotentCreate()
  @Roles('admin', 'head', 'manager', 'integration')
  @ApiCreatedResponse({
    description: 'in the first status of the lead rules; integrations (web forms) may create leads',
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateLeadDto) {
    const lead = await this.leads.create(p, body);
    return leadView(lead);
  }

  @Get()
  async list(@CurrentUser() p: Principal, @Query() query: ListLeadsQueryDto) {
    const page = await this.leads.list(p, query);
    return { ...page, items: page.items.map(leadView) };
  }

  @Get(':id')
  async get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    const lead = await this.leads.get(p, id);
    return leadView(lead);
  }

  @Get(':id/history')
  async history(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return (await this.leads.history(p, id)).map(stageChangeView);
  }

  @Patch(':id')
  async update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateLeadDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const lead = await this.leads.update(p, id, body, ifMatch);
    return leadView(lead);
  }

  @Post(':id/move')
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({ description: 'the lead rules forbid the move (the reason says why)' })
  async move(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MoveLeadDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const lead = await this.leads.move(p, id, body.to, ifMatch);
    return leadView(lead);
  }

  @Post(':id/convert')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description:
      'the lead, converted, and the contact, company and deal it became (all or nothing)',
  })
  @ApiConflictResponse({ description: 'the lead is already converted or junk' })
  async convert(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ConvertLeadDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const result = await this.leads.convertByPerson(p, id, body, ifMatch);
    return {
      lead: leadView(result.lead),
      contact: result.contact,
      company: result.company,
      deal: result.deal ? dealView(result.deal) : null,
    };
  }

  @Get(':id/automation')
  @ApiOkResponse({
    description:
      'what the automation does with the lead: status, rules version, pending timers, open follow-ups, last events',
  })
  async automation(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    const lead = await this.leads.get(p, id);
    return this.automationClient.automation('lead', id, leadSnapshot(lead));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'archived' })
  async archive(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    await this.leads.archive(p, id, ifMatch);
  }
}
