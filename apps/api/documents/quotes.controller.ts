import { Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { quoteView } from '../../../libs/crm/documents/document.views';
import { Quote } from '../../../libs/crm/documents/quote.entity';
import { QuoteAnswersService } from '../../../libs/crm/documents/quote-answers.service';
import { type Principal } from '../../../libs/crm/users/role';
import { ok, Operation, UuidParam } from '../openapi/operation';
import { DocumentRoutes } from './document-routes';
import { CreateQuoteDto, ListQuotesQueryDto, UpdateQuoteDto } from './documents.dto';
import { QuoteDto } from './documents.views';

/** A quote's routes that an invoice has too. */
export class QuotesController extends DocumentRoutes({
  kind: 'quote',
  noun: 'Quote',
  one: 'a quote',
  numbered: 'Q-<year>-<seq>',
  entity: Quote,
  answer: QuoteDto,
  view: quoteView,
  createBody: CreateQuoteDto,
  updateBody: UpdateQuoteDto,
  listQuery: ListQuotesQueryDto,
  create: (documents, p, body: CreateQuoteDto) => documents.createQuote(p, body),
  get: (documents, p, id) => documents.getQuote(p, id),
  update: (documents, p, id, body: UpdateQuoteDto, ifMatch) =>
    documents.updateQuote(p, id, body, ifMatch),
}) {}

/** The customer's answer to a quote: only quotes have one. */
@ApiTags('quotes')
@ApiBearerAuth()
@Controller('api/v1/quotes')
export class QuoteAnswersController {
  constructor(private readonly answers: QuoteAnswersService) {}

  @Post(':id/accept')
  @Operation({
    id: 'acceptQuote',
    summary: 'Record that the customer accepted a quote',
    answer: ok(QuoteDto, 'accepted: the deal moves on as its rules say'),
    problems: ['state-conflict'],
  })
  async accept(@CurrentUser() p: Principal, @UuidParam() id: string) {
    return quoteView(await this.answers.answer(p, id, 'accepted'));
  }

  @Post(':id/decline')
  @Operation({
    id: 'declineQuote',
    summary: 'Record that the customer declined a quote',
    answer: ok(QuoteDto, 'declined'),
    problems: ['state-conflict'],
  })
  async decline(@CurrentUser() p: Principal, @UuidParam() id: string) {
    return quoteView(await this.answers.answer(p, id, 'declined'));
  }
}
