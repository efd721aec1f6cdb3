import { Controller, Get, HttpStatus, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type Response } from 'express';
import Handlebars from 'handlebars';
import { APP_CONFIG, type AppConfig } from '../../../libs/config';
import { Public } from '../../../libs/crm/auth/auth.decorators';
import { formatMoney } from '../../../libs/crm/money/money';
import { DocumentsService } from '../../../libs/crm/documents/documents.service';
import { linkSecret, verifyLink } from '../../../libs/links/signed-links';
import { RateLimit } from '../rate-limit/rate-limit.guard';

const esc = Handlebars.escapeExpression;

/**
 * The page a customer reaches from the quote email: the link carries a signed, expiring token
 * (no login). Showing the page changes nothing (mail scanners open links); the buttons post the
 * answer, which reaches the deal's workflow like an answer recorded in the CRM.
 */
@ApiExcludeController()
@Public()
@RateLimit('public', 'address')
@Controller('q')
export class QuoteAnswerController {
  constructor(
    private readonly documents: DocumentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':token')
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
  async accept(@Param('token') token: string, @Res() res: Response) {
    await this.answer(token, 'accepted', res);
  }

  @Post(':token/decline')
  async decline(@Param('token') token: string, @Res() res: Response) {
    await this.answer(token, 'declined', res);
  }

  private async answer(token: string, answer: 'accepted' | 'declined', res: Response) {
    const quote = await this.quoteOf(token, res);
    if (!quote) return;
    try {
      const answered = await this.documents.answerQuoteByLink(quote.id, answer);
      page(
        res,
        HttpStatus.OK,
        `Quote ${answered.number}`,
        `<p>Thank you: the quote is ${esc(answer)}.</p>`,
      );
    } catch (error) {
      page(
        res,
        HttpStatus.CONFLICT,
        `Quote ${quote.number}`,
        `<p>${esc((error as Error).message)}</p>`,
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
    const quote = await this.documents.findQuote(check.subject);
    if (!quote) page(res, HttpStatus.NOT_FOUND, 'Not found', '<p>This quote no longer exists.</p>');
    return quote;
  }
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
