import { type AppConfig } from '../config';
import { linkSecret, signLink } from './signed-links';

/**
 * The link in a quote email where the customer accepts or declines: signed, and valid to the end
 * of the quote's last valid day (UTC). The page behind it is `/q/<token>` on PUBLIC_URL.
 */
export function quoteAnswerLink(
  config: AppConfig,
  quoteId: string,
  validUntil: string | null,
): string {
  const expires = Math.floor(Date.parse(`${validUntil}T23:59:59Z`) / 1000);
  return `${config.publicUrl}/q/${signLink(linkSecret(config), 'quote-answer', quoteId, expires)}`;
}
