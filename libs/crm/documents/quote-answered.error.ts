import { StateConflictError } from '../../errors';

/** The customer answered the quote already (answers are taken once): what they answered. */
export class QuoteAnsweredError extends StateConflictError {
  constructor(
    readonly number: string,
    readonly answer: 'accepted' | 'declined',
  ) {
    super(`the quote ${number} is already ${answer}`);
  }
}
