import { AutomationClient } from '../../../libs/automation/client/automation-client';
import { leadSnapshot } from '../../../libs/crm/leads/lead-snapshot';
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { dealView } from '../../../libs/crm/deals/deals.service';
import { leadView } from '../../../libs/crm/leads/lead.view';
import { LeadConversionService } from '../../../libs/crm/leads/lead-conversion.service';
import { LeadsService } from '../../../libs/crm/leads/leads.service';
import { stageChangeView } from '../../../libs/crm/stages/stage-history';
import { pageRequest, PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { type Principal } from '../../../libs/crm/users/role';
import {
  ConvertLeadDto,
  CreateLeadDto,
  ListLeadsQueryDto,
  MoveLeadDto,
  UpdateLeadDto,
} from './leads.dto';
import { LeadConversionDto, LeadDto } from './leads.views';
import { AutomationDto, StageChangeDto } from '../automation/automation.views';
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

@ApiTags('leads')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class LeadsController {
  constructor(
    private readonly leads: LeadsService,
    private readonly conversion: LeadConversionService,
    private readonly exports: ListExport,
    private readonly automationClient: AutomationClient,
  ) {}

  @Post()
  @IdempotentCreate()
  @Roles('admin', 'head', 'manager', 'integration')
  @Operation({
    id: 'createLead',
    summary: 'Create a lead',
    description:
      'The lead starts in the first status of the latest lead rules, and its workflow starts. Integrations (web forms) may create leads. Refused with 409 `duplicate-record` (listing the matches) when an open lead with the same normalised email or phone exists, unless the body says `allowDuplicate: true`.',
    answer: created(LeadDto, 'in the first status of the lead rules'),
    problems: ['invalid-fields', 'rules-missing', 'duplicate-record'],
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateLeadDto) {
    const lead = await this.leads.create(p, body);
    return leadView(lead);
  }

  @Get()
  @Operation({
    id: 'listLeads',
    summary: 'List leads',
    answer: listOrCsv(PageOf(LeadDto), 'a page of the leads the caller may see'),
  })
  async list(
    @CurrentUser() p: Principal,
    @Query() query: ListLeadsQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    return this.exports.answer({ query, accept, name: 'leads', item: LeadDto }, async (q) => {
      const page = await this.leads.list(p, q);
      return { ...page, items: page.items.map(leadView) };
    });
  }

  @Get(':id')
  @Operation({ id: 'getLead', summary: 'Read a lead', answer: ok(LeadDto, 'the lead') })
  async get(@CurrentUser() p: Principal, @UuidParam() id: string) {
    const lead = await this.leads.get(p, id);
    return leadView(lead);
  }

  @Get(':id/history')
  @Operation({
    id: 'listLeadHistory',
    summary: 'The status history of a lead',
    answer: listOrCsv(
      PageOf(StageChangeDto),
      'a page of status changes, oldest first: from, to, when, by whom or which rule, rules version',
    ),
  })
  async history(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Query() query: PageQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    const ask = { query, accept, name: 'lead-history', item: StageChangeDto };
    return this.exports.answer(ask, async (q) => {
      const page = await this.leads.history(p, id, pageRequest(q, 'at'));
      return { ...page, items: page.items.map(stageChangeView) };
    });
  }

  @Patch(':id')
  @Operation({
    id: 'updateLead',
    summary: 'Change a lead’s fields',
    description: 'The status changes only by a move or a conversion.',
    answer: ok(LeadDto, 'the lead as changed'),
    problems: ['invalid-fields'],
  })
  async update(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: UpdateLeadDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const lead = await this.leads.update(p, id, body, ifMatch);
    return leadView(lead);
  }

  @Post(':id/move')
  @Operation({
    id: 'moveLead',
    summary: 'Move a lead to another status',
    description:
      'Through the lead’s workflow, which checks the lead rules; a lead becomes converted only by its conversion.',
    answer: ok(LeadDto, 'moved; the status history has the change'),
    problems: [
      'transition-refused',
      'state-conflict',
      'invalid-fields',
      'rules-missing',
      'workflow-unavailable',
    ],
  })
  async move(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: MoveLeadDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const lead = await this.leads.move(p, id, body.to, ifMatch);
    return leadView(lead);
  }

  @Post(':id/convert')
  @Operation({
    id: 'convertLead',
    summary: 'Convert a lead into a contact, a company and a deal',
    description:
      'All or nothing: the contact and company are created or linked, the deal created in the pipeline asked; the lead is converted and its workflow completes.',
    answer: ok(LeadConversionDto, 'the lead, converted, and the records it became'),
    problems: ['state-conflict', 'invalid-fields', 'rules-missing'],
  })
  async convert(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: ConvertLeadDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const result = await this.conversion.convertByPerson(p, id, body, ifMatch);
    return {
      lead: leadView(result.lead),
      contact: result.contact,
      company: result.company,
      deal: result.deal ? dealView(result.deal) : null,
    };
  }

  @Get(':id/automation')
  @Operation({
    id: 'getLeadAutomation',
    summary: 'What the automation does with a lead',
    answer: ok(
      AutomationDto,
      'status, rules version, pending timers, open follow-ups, last events, each with what it caused (the rules that fired and the actions they ran); a link to the workflow in the Temporal UI',
    ),
    problems: ['workflow-unavailable'],
  })
  async automation(@CurrentUser() p: Principal, @UuidParam() id: string) {
    const lead = await this.leads.get(p, id);
    return this.automationClient.automation('lead', id, leadSnapshot(lead));
  }

  @Delete(':id')
  @Operation({ id: 'archiveLead', summary: 'Archive a lead', answer: noContent('archived') })
  async archive(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @IfMatch() ifMatch: string | undefined,
  ) {
    await this.leads.archive(p, id, ifMatch);
  }
}
