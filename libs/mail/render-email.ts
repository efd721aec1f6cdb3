import Handlebars from 'handlebars';
import { formatMoney } from '../crm/money/money';
import { type EmailTemplate } from '../rules/language/rule-set';
import { type TemplateHelper } from '../rules/language/template-helpers';

export interface RenderedEmail {
  subject: string;
  html: string;
  /** The same message as plain text, for clients that do not show HTML. */
  text: string;
}

/**
 * The fields a template sees: { deal: {...}, contact: {...}, quote: {...}, responsible: {...}, … },
 * and `locale`, the recipient's (BCP 47, like `de-DE`), which `{{money …}}` formats in.
 */
export type EmailContext = Record<string, Record<string, unknown> | string | undefined>;

/** The locale amounts are shown in when the context names none (`locale` at its root). */
export const DEFAULT_EMAIL_LOCALE = 'en-US';

// An instance of its own, with the helpers of TEMPLATE_HELPERS only: a template can show fields,
// use #if / #unless and format money (the checker refuses anything else before publishing).
const handlebars = Handlebars.create();
for (const helper of ['each', 'with', 'lookup', 'log']) handlebars.unregisterHelper(helper);
const HELPERS: Record<TemplateHelper, Handlebars.HelperDelegate> = {
  money: (amount: unknown, currency: unknown, options: Handlebars.HelperOptions) => {
    const locale = (options.data as { root?: { locale?: unknown } }).root?.locale;
    return formatMoney(
      String(amount ?? ''),
      String(currency ?? ''),
      typeof locale === 'string' ? locale : DEFAULT_EMAIL_LOCALE,
    );
  },
};
for (const [name, helper] of Object.entries(HELPERS)) handlebars.registerHelper(name, helper);

const compiled = new Map<string, HandlebarsTemplateDelegate>();

function compile(source: string, escape: boolean): HandlebarsTemplateDelegate {
  const key = `${escape ? 'html' : 'text'}:${source}`;
  let template = compiled.get(key);
  if (!template) {
    template = handlebars.compile(source, {
      noEscape: !escape,
      strict: false,
      knownHelpersOnly: true,
      knownHelpers: { if: true, unless: true, money: true },
    });
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, template);
  }
  return template;
}

/**
 * An email from a template of the rules: the subject as text, the body as
 * HTML with every field escaped (a contact named `<script>` stays text), and
 * a plain-text version of the body.
 */
export function renderEmail(template: EmailTemplate, context: EmailContext): RenderedEmail {
  const html = compile(template.body, true)(context);
  const subject = compile(template.subject, false)(context).replace(/\s+/g, ' ').trim();
  return { subject, html, text: htmlToText(html) };
}

/** A template text of the rules (an activity's subject) as plain text, fields unescaped. */
export function renderText(source: string, context: EmailContext): string {
  return compile(source, false)(context).replace(/\s+/g, ' ').trim();
}

/**
 * A longer text of a template (a quote's intro or terms) as plain text: fields unescaped, its
 * lines and paragraphs kept as written.
 */
export function renderParagraphs(source: string, context: EmailContext): string {
  return compile(
    source,
    false,
  )(context)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trimEnd())
    .join('\n')
    .trim();
}

/** A readable plain-text rendering of simple HTML (paragraphs, line breaks, links). */
export function htmlToText(html: string): string {
  return html
    .replace(/\s+/g, ' ')
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gi, (_, href: string, label: string) =>
      label === href ? href : `${label} (${href})`,
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}
