import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { CompanyDto } from './companies.views';
import { created, IfMatch, noContent, ok, Operation, UuidParam } from '../openapi/operation';
import { PageOf } from '../openapi/page';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { companyView, CompaniesService } from '../../../libs/crm/companies/companies.service';
import { type Principal } from '../../../libs/crm/users/role';
import { CreateCompanyDto, ListCompaniesQueryDto, UpdateCompanyDto } from './companies.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';

@ApiTags('companies')
@ApiBearerAuth()
@Controller('api/v1/companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Post()
  @IdempotentCreate()
  @Operation({
    id: 'createCompany',
    summary: 'Create a company',
    answer: created(CompanyDto, 'the company'),
    problems: ['invalid-fields'],
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateCompanyDto) {
    const company = await this.companies.create(p, body);
    return companyView(company);
  }

  @Get()
  @Operation({
    id: 'listCompanies',
    summary: 'List companies',
    answer: ok(PageOf(CompanyDto), 'a page of the companies the caller may see'),
  })
  async list(@CurrentUser() p: Principal, @Query() query: ListCompaniesQueryDto) {
    const page = await this.companies.list(p, query);
    return { ...page, items: page.items.map(companyView) };
  }

  @Get(':id')
  @Operation({ id: 'getCompany', summary: 'Read a company', answer: ok(CompanyDto, 'the company') })
  async get(@CurrentUser() p: Principal, @UuidParam() id: string) {
    const company = await this.companies.get(p, id);
    return companyView(company);
  }

  @Patch(':id')
  @Operation({
    id: 'updateCompany',
    summary: 'Change a company',
    answer: ok(CompanyDto, 'the company as changed'),
    problems: ['invalid-fields'],
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
  })
  async archive(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @IfMatch() ifMatch: string | undefined,
  ) {
    await this.companies.archive(p, id, ifMatch);
  }
}
