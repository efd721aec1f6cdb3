import {
  applyDecorators,
  Controller,
  Get,
  HttpStatus,
  Inject,
  Param,
  Post,
  Res,
} from '@nestjs/common';
import { ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import Handlebars from 'handlebars';
import { APP_CONFIG, type AppConfig } from '../../../libs/config';
import { Public } from '../../../libs/crm/auth/auth.decorators';
import { formatMoney } from '../../../libs/crm/money/money';
import { QuoteAnswersService } from '../../../libs/crm/documents/quote-answers.service';
import { QuoteAnsweredError } from '../../../libs/crm/documents/quote-answered.error';
import { DomainError } from '../../../libs/errors';
import { linkSecret, verifyLink } from '../../../libs/links/signed-links';
import { file, Operation } from '../openapi/operation';
import { RateLimit } from '../rate-limit/rate-limit.guard';

const esc = Handlebars.escapeExpression;

const HTML = { 'text/html': { schema: { type: 'string' as const } } };
const PAGE_HEADERS = {
  'Cache-Control': { description: '`no-store`', schema: { type: 'string' as const } },
  'Referrer-Policy': { description: '`no-referrer`', schema: { type: 'string' as const } },
};
/** The answers of every quote page besides its own: an HTML page saying why. */
const PageAnswers = (...extra: { status: number; description: string }[]) => [
  ApiParam({
    name: 'token',
    description: 'the signed, expiring token of the link in the quote email',
    schema: { type: 'string' },
  }),
  ApiResponse({
    status: HttpStatus.NOT_FOUND,
    description: 'the link is not valid, or its quote no longer exists',
    content: HTML,
    headers: PAGE_HEADERS,
  }),
  ApiResponse({
    status: HttpStatus.GONE,
    description: 'the link has expired',
    content: HTML,
    headers: PAGE_HEADERS,
  }),
  ...extra.map((answer) => ApiResponse({ ...answer, content: HTML, headers: PAGE_HEADERS })),
];
const ANSWERED_OTHERWISE = {
  status: HttpStatus.CONFLICT,
  description: 'the quote was answered otherwise already, or can no longer be answered',
};

/**
 * The page a customer reaches from the quote email: the link carries a signed, expiring token
 * (no login). Showing the page changes nothing (mail scanners open links); the buttons post the
 * answer, which reaches the deal's workflow like an answer recorded in the CRM.
 */
@ApiTags('quote pages')
@Public()
@RateLimit('public', 'address')
@Controller('q')
export class QuoteAnswerController {
  constructor(
    private readonly answers: QuoteAnswersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':token')
  @Operation({
    id: 'showQuotePage',
    summary: 'The customer’s quote page',
    description: 'Showing it changes nothing (mail scanners open links).',
    answer: file('text/html', 'the quote, with buttons to accept or decline it'),
  })
  @applyDecorators(...PageAnswers())
  async show(@Param('token') token: string, @Res() res: Response) {
    const quote = await this.quoteOf(token, res);
    if (!quote) return;
    const answered = quote.status === 'accepted' || quote.status === 'declined';
    page(
      res,
      HttpStatus.OK,
      `Quote ${quote.number}`,
      `<p>${esc(quote.number)}: <strong>${esc(formatMoney(quote.total, quote.currency, this.config.defaultLocale))}</strong>${quote.validUntil ? `, valid until ${esc(quote.validUntil)}` : ''}.</p>` +
        (answered
          ? `<p>This quote has been ${esc(quote.status)}. Thank you.</p>`
          : `<form method="post" action="${esc(token)}/accept"><button>Accept the quote</button></form>
             <form method="post" action="${esc(token)}/decline"><button>Decline</button></form>`),
    );
  }

  @Post(':token/accept')
  @Operation({
    id: 'acceptQuoteByLink',
    summary: 'The customer accepts the quote',
    description:
      'The answer reaches the deal’s workflow like one recorded in the CRM. Accepting again is thanked and changes nothing.',
    answer: file('text/html', 'accepted (or accepted already): thanks'),
  })
  @applyDecorators(...PageAnswers(ANSWERED_OTHERWISE))
  async accept(@Param('token') token: string, @Res() res: Response) {
    await this.answer(token, 'accepted', res);
  }

  @Post(':token/decline')
  @Operation({
    id: 'declineQuoteByLink',
    summary: 'The customer declines the quote',
    description: 'Declining again is thanked and changes nothing.',
    answer: file('text/html', 'declined (or declined already): thanks'),
  })
  @applyDecorators(...PageAnswers(ANSWERED_OTHERWISE))
  async decline(@Param('token') token: string, @Res() res: Response) {
    await this.answer(token, 'declined', res);
  }

  private async answer(token: string, answer: 'accepted' | 'declined', res: Response) {
    const quote = await this.quoteOf(token, res);
    if (!quote) return;
    try {
      const answered = await this.answers.answerByLink(quote.id, answer);
      page(
        res,
        HttpStatus.OK,
        `Quote ${answered.number}`,
        `<p>Thank you: the quote is ${esc(answer)}.</p>`,
      );
    } catch (error) {
      // Answered already: the same answer again (a second click) is thanked, not an error.
      if (error instanceof QuoteAnsweredError)
        return page(
          res,
          error.answer === answer ? HttpStatus.OK : HttpStatus.CONFLICT,
          `Quote ${quote.number}`,
          `<p>The quote ${esc(quote.number)} is already ${esc(error.answer)}.${error.answer === answer ? ' Thank you.' : ''}</p>`,
        );
      if (!(error instanceof DomainError)) throw error;
      page(
        res,
        HttpStatus.CONFLICT,
        `Quote ${quote.number}`,
        `<p>${esc(sentence(error.message))}</p>`,
      );
    }
  }

  private async quoteOf(token: string, res: Response) {
    const check = verifyLink(
      linkSecret(this.config),
      'quote-answer',
      token,
      Math.floor(Date.now() / 1000),
    );
    if (!check.ok) {
      if (check.reason === 'expired')
        page(
          res,
          HttpStatus.GONE,
          'Link expired',
          '<p>This link has expired; please ask us for a new quote.</p>',
        );
      else page(res, HttpStatus.NOT_FOUND, 'Not found', '<p>This link is not valid.</p>');
      return null;
    }
    const quote = await this.answers.find(check.subject);
    if (!quote) page(res, HttpStatus.NOT_FOUND, 'Not found', '<p>This quote no longer exists.</p>');
    return quote;
  }
}

/** A message of the domain as a sentence: capitalised, with its full stop. */
function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

function page(res: Response, status: number, title: string, body: string) {
  // The URL is the customer's key to the quote: kept by no cache, sent to no other site.
  res
    .status(status)
    .setHeader('Cache-Control', 'no-store')
    .setHeader('Referrer-Policy', 'no-referrer')
    .type('html')
    .send(
      `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${body}</body></html>`,
    );
}
