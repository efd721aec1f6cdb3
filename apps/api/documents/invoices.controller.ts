import {
  Body,
  Inject,
  Res,
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
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { type Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../../libs/config';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { DocumentsService, invoiceView } from '../../../libs/crm/documents/documents.service';
import { Invoice } from '../../../libs/crm/documents/invoice.entity';
import { type Principal } from '../../../libs/crm/users/role';
import { CreateInvoiceDto, ListInvoicesQueryDto, UpdateInvoiceDto } from './documents.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';

@ApiTags('invoices')
@ApiBearerAuth()
@Controller('api/v1/invoices')
export class InvoicesController {
  constructor(
    private readonly documents: DocumentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @IdempotentCreate()
  @ApiCreatedResponse({
    description: 'numbered INV-<year>-<seq>; rows and totals computed by the server',
  })
  @ApiUnprocessableEntityResponse({
    description: 'a row names an unknown product, or one priced in another currency',
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateInvoiceDto) {
    const invoice = await this.documents.createInvoice(p, body);
    return invoiceView(invoice);
  }

  @Get()
  async list(@CurrentUser() p: Principal, @Query() query: ListInvoicesQueryDto) {
    const page = await this.documents.list(p, Invoice, query);
    return { ...page, items: page.items.map(invoiceView) };
  }

  @Get(':id')
  async get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    const invoice = await this.documents.getInvoice(p, id);
    return invoiceView(invoice);
  }

  @Get(':id/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the invoice as PDF' })
  async pdf(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() res: Response,
  ) {
    const { number, pdf } = await this.documents.pdf(
      p,
      'invoice',
      id,
      this.config.seller,
      this.config.defaultLocale,
    );
    res
      .type('application/pdf')
      .setHeader('Content-Disposition', `inline; filename="${number}.pdf"`)
      .send(pdf);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'a stale If-Match, or the invoice is no longer a draft' })
  async update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateInvoiceDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const invoice = await this.documents.updateInvoice(p, id, body, ifMatch);
    return invoiceView(invoice);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'archived; its number stays taken' })
  async archive(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    await this.documents.archive(p, Invoice, 'invoice', id, ifMatch);
  }
}
