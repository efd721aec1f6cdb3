import Handlebars from 'handlebars';
import { type EmailTemplate } from '../rules/language/rule-set';

export interface RenderedEmail {
  subject: string;
  html: string;
  /** The same message as plain text, for clients that do not show HTML. */
  text: string;
}

/** The fields a template sees: { deal: {...}, contact: {...}, quote: {...}, responsible: {...}, … }. */
export type EmailContext = Record<string, Record<string, unknown> | string | undefined>;

// An instance of its own: no helpers or partials are registered on it, so a template can only
// show fields and use #if / #unless (the checker refuses anything else before publishing).
const handlebars = Handlebars.create();
for (const helper of ['each', 'with', 'lookup', 'log']) handlebars.unregisterHelper(helper);

const compiled = new Map<string, HandlebarsTemplateDelegate>();

function compile(source: string, escape: boolean): HandlebarsTemplateDelegate {
  const key = `${escape ? 'html' : 'text'}:${source}`;
  let template = compiled.get(key);
  if (!template) {
    template = handlebars.compile(source, {
      noEscape: !escape,
      strict: false,
      knownHelpersOnly: true,
      knownHelpers: { if: true, unless: true },
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
