import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { CompanyDto } from './companies.views';
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
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { companyView, CompaniesService } from '../../../libs/crm/companies/companies.service';
import { type Principal } from '../../../libs/crm/users/role';
import { CreateCompanyDto, ListCompaniesQueryDto, UpdateCompanyDto } from './companies.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import { RecordMergeService } from '../../../libs/crm/merging/record-merge.service';
import { MergeRecordDto } from '../duplicates/merge-record.dto';

@ApiTags('companies')
@ApiBearerAuth()
@Controller('api/v1/companies')
export class CompaniesController {
  constructor(
    private readonly companies: CompaniesService,
    private readonly exports: ListExport,
    private readonly merges: RecordMergeService,
  ) {}

  @Post()
  @IdempotentCreate()
  @Operation({
    id: 'createCompany',
    summary: 'Create a company',
    description:
      'Refused with 409 `duplicate-record` (listing the matches) when a company with the same normalised name, email or phone exists, unless the body says `allowDuplicate: true`.',
    answer: created(CompanyDto, 'the company'),
    problems: ['invalid-fields', 'duplicate-record'],
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateCompanyDto) {
    const company = await this.companies.create(p, body);
    return companyView(company);
  }

  @Get()
  @Operation({
    id: 'listCompanies',
    summary: 'List companies',
    answer: listOrCsv(PageOf(CompanyDto), 'a page of the companies the caller may see'),
  })
  async list(
    @CurrentUser() p: Principal,
    @Query() query: ListCompaniesQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    return this.exports.answer(
      { query, accept, name: 'companies', item: CompanyDto },
      async (q) => {
        const page = await this.companies.list(p, q);
        return { ...page, items: page.items.map(companyView) };
      },
    );
  }

  @Get(':id')
  @Operation({
    id: 'getCompany',
    summary: 'Read a company',
    description: 'A company merged into another answers 410 `record-merged` with `mergedInto`.',
    answer: ok(CompanyDto, 'the company'),
    problems: ['record-merged'],
  })
  async get(@CurrentUser() p: Principal, @UuidParam() id: string) {
    const company = await this.companies.get(p, id);
    return companyView(company);
  }

  @Patch(':id')
  @Operation({
    id: 'updateCompany',
    summary: 'Change a company',
    answer: ok(CompanyDto, 'the company as changed'),
    problems: ['invalid-fields', 'record-merged'],
  })
  async update(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: UpdateCompanyDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const company = await this.companies.update(p, id, body, ifMatch);
    return companyView(company);
  }

  @Delete(':id')
  @Operation({
    id: 'archiveCompany',
    summary: 'Archive a company',
    answer: noContent('archived (kept for the history that refers to it)'),
    problems: ['record-merged'],
  })
  async archive(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @IfMatch() ifMatch: string | undefined,
  ) {
    await this.companies.archive(p, id, ifMatch);
  }

  @Post(':id/merge')
  @Operation({
    id: 'mergeCompany',
    summary: 'Merge a company into another',
    description:
      'The company `id` is merged into the survivor `into`, in one transaction: its deals, activities, quotes, invoices, contacts, comments, emails and converted leads become the survivor’s; the survivor’s empty fields are filled from it (values that differ are kept in a comment on the survivor). The merged company is kept, marked merged: reading it answers 410 `record-merged` with `mergedInto`. The caller must be allowed to change both (a manager: their own; a head: their team’s; an admin: any).',
    answer: ok(CompanyDto, 'the survivor, as merged'),
    problems: ['invalid-fields', 'record-merged', 'state-conflict'],
  })
  async merge(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: MergeRecordDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    await this.merges.mergeCompany(p, id, body.into, ifMatch);
    return companyView(await this.companies.get(p, body.into));
  }
}
