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
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
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
  @ApiCreatedResponse()
  async create(@CurrentUser() p: Principal, @Body() body: CreateCompanyDto) {
    const company = await this.companies.create(p, body);
    return companyView(company);
  }

  @Get()
  @ApiOkResponse({
    description: 'the companies you may see: a page, the total and the next cursor',
  })
  async list(@CurrentUser() p: Principal, @Query() query: ListCompaniesQueryDto) {
    const page = await this.companies.list(p, query);
    return { ...page, items: page.items.map(companyView) };
  }

  @Get(':id')
  @ApiForbiddenResponse({ description: 'not among the records you may see' })
  async get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    const company = await this.companies.get(p, id);
    return companyView(company);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'If-Match names an older version' })
  async update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCompanyDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const company = await this.companies.update(p, id, body, ifMatch);
    return companyView(company);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'archived (kept for the history that refers to it)' })
  async archive(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    await this.companies.archive(p, id, ifMatch);
  }
}
