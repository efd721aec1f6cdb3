/**
 * The helpers an email template may call beside showing fields, and the fields each takes. The
 * checker allows exactly these (every argument a known field); the mail library implements them.
 */
export const TEMPLATE_HELPERS = {
  /** `{{money invoice.total invoice.currency}}`: `$1,200.00` in the recipient's locale. */
  money: { arguments: ['amount', 'currency'], example: '{{money invoice.total invoice.currency}}' },
} as const;

export type TemplateHelper = keyof typeof TEMPLATE_HELPERS;

export function isTemplateHelper(name: string): name is TemplateHelper {
  return Object.hasOwn(TEMPLATE_HELPERS, name);
}
