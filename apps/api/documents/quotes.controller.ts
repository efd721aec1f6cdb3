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
import { DocumentsService, quoteView } from '../../../libs/crm/documents/documents.service';
import { Quote } from '../../../libs/crm/documents/quote.entity';
import { type Principal } from '../../../libs/crm/users/role';
import { CreateQuoteDto, ListQuotesQueryDto, UpdateQuoteDto } from './documents.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';

@ApiTags('quotes')
@ApiBearerAuth()
@Controller('api/v1/quotes')
export class QuotesController {
  constructor(
    private readonly documents: DocumentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @IdempotentCreate()
  @ApiCreatedResponse({
    description: 'numbered Q-<year>-<seq>; rows and totals computed by the server',
  })
  @ApiUnprocessableEntityResponse({
    description: 'a row names an unknown product, or one priced in another currency',
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateQuoteDto) {
    const quote = await this.documents.createQuote(p, body);
    return quoteView(quote);
  }

  @Get()
  async list(@CurrentUser() p: Principal, @Query() query: ListQuotesQueryDto) {
    const page = await this.documents.list(p, Quote, query);
    return { ...page, items: page.items.map(quoteView) };
  }

  @Get(':id')
  async get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    const quote = await this.documents.getQuote(p, id);
    return quoteView(quote);
  }

  @Get(':id/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the quote as PDF' })
  async pdf(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() res: Response,
  ) {
    const { number, pdf } = await this.documents.pdf(
      p,
      'quote',
      id,
      this.config.seller,
      this.config.defaultLocale,
    );
    res
      .type('application/pdf')
      .setHeader('Content-Disposition', `inline; filename="${number}.pdf"`)
      .send(pdf);
  }

  @Post(':id/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'the customer accepted: the deal moves on as its rules say' })
  @ApiConflictResponse({ description: 'the quote is declined or expired' })
  async accept(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return quoteView(await this.documents.answerQuote(p, id, 'accepted'));
  }

  @Post(':id/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'the customer declined' })
  @ApiConflictResponse({ description: 'the quote is accepted or expired' })
  async decline(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return quoteView(await this.documents.answerQuote(p, id, 'declined'));
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'a stale If-Match, or the quote is no longer a draft' })
  async update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateQuoteDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const quote = await this.documents.updateQuote(p, id, body, ifMatch);
    return quoteView(quote);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'archived; its number stays taken' })
  async archive(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    await this.documents.archive(p, Quote, 'quote', id, ifMatch);
  }
}
