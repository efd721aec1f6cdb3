import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../libs/crm/auth/auth.decorators';
import {
  leadSourceView,
  LeadSourcesService,
} from '../../../libs/crm/lead-sources/lead-sources.service';
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
import {
  CreateLeadSourceDto,
  ListLeadSourcesQueryDto,
  UpdateLeadSourceDto,
} from './lead-sources.dto';
import { LeadSourceDto } from './lead-sources.views';

/** The lead sources a lead's or deal's `source` may name: everyone reads; admins and sales ops keep. */
@ApiTags('lead-sources')
@ApiBearerAuth()
@Controller('api/v1/lead-sources')
export class LeadSourcesController {
  constructor(
    private readonly sources: LeadSourcesService,
    private readonly exports: ListExport,
  ) {}

  @Post()
  @IdempotentCreate()
  @Roles('admin', 'salesops')
  @Operation({
    id: 'createLeadSource',
    summary: 'Add a lead source to the catalogue',
    answer: created(LeadSourceDto, 'the lead source'),
    problems: ['duplicate'],
  })
  async create(@Body() body: CreateLeadSourceDto) {
    return leadSourceView(await this.sources.create(body));
  }

  @Get()
  @Operation({
    id: 'listLeadSources',
    summary: 'List the lead sources',
    answer: listOrCsv(PageOf(LeadSourceDto), 'a page of lead sources, by code'),
  })
  async list(@Query() query: ListLeadSourcesQueryDto, @AcceptHeader() accept?: string) {
    return this.exports.answer(
      { query, accept, name: 'lead-sources', item: LeadSourceDto },
      async (q) => {
        const page = await this.sources.list(q);
        return { ...page, items: page.items.map(leadSourceView) };
      },
    );
  }

  @Patch(':id')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'updateLeadSource',
    summary: 'Rename, deactivate or reactivate a lead source (its code stays)',
    answer: ok(LeadSourceDto, 'the lead source as changed'),
  })
  async update(
    @UuidParam() id: string,
    @Body() body: UpdateLeadSourceDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    return leadSourceView(await this.sources.update(id, body, ifMatch));
  }

  @Delete(':id')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'deactivateLeadSource',
    summary: 'Deactivate a lead source',
    answer: noContent(
      'deactivated: records keep naming it and reports group by it; new writes cannot name it',
    ),
  })
  async deactivate(@UuidParam() id: string, @IfMatch() ifMatch: string | undefined) {
    await this.sources.deactivate(id, ifMatch);
  }
}
