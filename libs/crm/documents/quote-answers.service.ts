import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { AutomationClient } from '../../automation/client/automation-client';
import { StateConflictError } from '../../errors';
import { lockForTransaction } from '../../sql/advisory-lock';
import { findRecord } from '../records/records';
import { type Principal } from '../users/role';
import { Quote } from './quote.entity';
import { QuoteAnsweredError } from './quote-answered.error';

/**
 * The customer's answer to a quote, recorded by a person or given through the signed link in the
 * quote email: the deal's workflow hears of it and the rules move on. An answer is taken once.
 */
@Injectable()
export class QuoteAnswersService {
  constructor(
    private readonly orm: MikroORM,
    private readonly automation: AutomationClient,
  ) {}

  /**
   * Answers of one quote queue (a lock per quote), so that of two at once one is taken; a quote
   * answered already is refused with QuoteAnsweredError, changed in nothing, and its deal's
   * workflow hears nothing more.
   */
  async answer(p: Principal | null, id: string, answer: 'accepted' | 'declined'): Promise<Quote> {
    const quote = await this.orm.em.fork().transactional(async (em) => {
      await lockForTransaction(em, `quote-answer:${id}`);
      const q = p
        ? await findRecord(em, Quote, id, p, 'quote', { forWrite: true, populate: ['rows'] })
        : await em.findOneOrFail(Quote, id, { populate: ['rows'] });
      if (q.status === 'accepted' || q.status === 'declined')
        throw new QuoteAnsweredError(q.number, q.status);
      if (q.status !== 'sent' && q.status !== 'draft')
        throw new StateConflictError(
          `the quote ${q.number} is ${q.status}; only a sent quote is answered`,
        );
      q.status = answer;
      return q;
    });
    if (quote.deal)
      await this.automation.signalOrLog('deal', quote.deal.id, {
        type: answer === 'accepted' ? 'quote_accepted' : 'quote_declined',
        quoteId: quote.id,
      });
    return quote;
  }

  /** The customer's answer through the signed link in the quote email (no login). */
  answerByLink(id: string, answer: 'accepted' | 'declined'): Promise<Quote> {
    return this.answer(null, id, answer);
  }

  /** A quote by id, for the signed link's page (the token is the permission). */
  find(id: string): Promise<Quote | null> {
    return this.orm.em.fork().findOne(Quote, id);
  }
}
