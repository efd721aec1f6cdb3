import Handlebars from 'handlebars';
import { textToHtml } from '../../../libs/crm/activities/activity-emails.service';
import { type WebForm, type WebFormFieldName } from '../../../libs/crm/web-forms/web-form.entity';

const esc = Handlebars.escapeExpression;

/** The name of the honeypot field: hidden from people, filled by bots that fill every field. */
export const HONEYPOT_FIELD = 'website';

/** The longest value each field takes (as POST /leads takes it). */
export const FIELD_MAX_LENGTH: Record<WebFormFieldName, number> = {
  title: 300,
  name: 200,
  email: 320,
  phone: 50,
  companyName: 300,
};

const INPUT: Record<WebFormFieldName, { type: string; autocomplete: string }> = {
  title: { type: 'text', autocomplete: 'off' },
  name: { type: 'text', autocomplete: 'name' },
  email: { type: 'email', autocomplete: 'email' },
  phone: { type: 'tel', autocomplete: 'tel' },
  companyName: { type: 'text', autocomplete: 'organization' },
};

/** The page's own words, in the CRM's language (DEFAULT_LOCALE): the form's are its own. */
interface PageTexts {
  send: string;
  required: string;
  fix: string;
  notFound: string;
  notFoundText: string;
  unavailable: string;
  honeypot: string;
  requiredField: string;
  notText: string;
  tooLong: string;
  invalid: Partial<Record<WebFormFieldName, string>> & { other: string };
}

const TEXTS: Record<'en' | 'ru', PageTexts> = {
  en: {
    send: 'Send',
    required: 'required',
    fix: 'Please correct the fields marked below.',
    notFound: 'Form not found',
    notFoundText: 'This form does not exist or is no longer in use.',
    unavailable: 'This form cannot take requests right now. Please try again later.',
    honeypot: 'Leave this field empty',
    requiredField: 'Please fill this in.',
    notText: 'Send one value, as text.',
    tooLong: 'This is too long.',
    invalid: {
      email: 'Enter an email address, like name@example.com.',
      phone: 'Enter a phone number: digits, spaces, ( ) . - and an optional leading +.',
      other: 'This value cannot be taken.',
    },
  },
  ru: {
    send: 'Отправить',
    required: 'обязательно',
    fix: 'Исправьте, пожалуйста, отмеченные поля.',
    notFound: 'Форма не найдена',
    notFoundText: 'Этой формы нет или она больше не используется.',
    unavailable: 'Форма сейчас не принимает заявки. Попробуйте, пожалуйста, позже.',
    honeypot: 'Оставьте это поле пустым',
    requiredField: 'Заполните, пожалуйста, это поле.',
    notText: 'Отправьте одно значение, текстом.',
    tooLong: 'Слишком длинное значение.',
    invalid: {
      email: 'Введите адрес электронной почты, например name@example.com.',
      phone: 'Введите номер телефона: цифры, пробелы, ( ) . - и, если нужно, + в начале.',
      other: 'Это значение не подходит.',
    },
  },
};

export const textsFor = (locale: string): PageTexts =>
  locale.toLowerCase().startsWith('ru') ? TEXTS.ru : TEXTS.en;

/** A whole page: plain HTML, one same-origin stylesheet, no script. */
export function pageHtml(locale: string, title: string, body: string): string {
  return `<!doctype html><html lang="${esc(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><link rel="stylesheet" href="/f/form.css"></head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
}

/** The form: its fields with their labels (and the problems of a post beside them). */
export function formHtml(
  locale: string,
  form: WebForm,
  values: Partial<Record<string, string>> = {},
  errors: Partial<Record<string, string>> = {},
): string {
  const t = textsFor(locale);
  const failed = Object.keys(errors).length > 0;
  const fields = form.fields
    .map((f) => {
      const id = `f-${f.field}`;
      const error = errors[f.field];
      const input = INPUT[f.field];
      return `<div class="field"><label for="${id}">${esc(f.label)}${f.required ? ` <span class="req">(${esc(t.required)})</span>` : ''}</label><input id="${id}" name="${f.field}" type="${input.type}" autocomplete="${input.autocomplete}" maxlength="${FIELD_MAX_LENGTH[f.field]}" value="${esc(values[f.field] ?? '')}"${f.required ? ' required' : ''}${error ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''}>${error ? `<p class="error" id="${id}-error">${esc(error)}</p>` : ''}</div>`;
    })
    .join('');
  // The honeypot: out of sight and out of the tab order, hidden from assistive technology.
  const honeypot = `<div class="hp" aria-hidden="true"><label for="f-${HONEYPOT_FIELD}">${esc(t.honeypot)}</label><input id="f-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off"></div>`;
  return pageHtml(
    locale,
    form.name,
    `${failed ? `<div class="summary" role="alert"><p>${esc(t.fix)}</p></div>` : ''}<form method="post" action="/f/${esc(form.slug)}">${fields}${honeypot}<button type="submit">${esc(t.send)}</button></form>`,
  );
}

export function thanksHtml(locale: string, form: WebForm): string {
  return pageHtml(locale, form.name, `<div role="status">${textToHtml(form.thankYouText)}</div>`);
}

export function notFoundHtml(locale: string): string {
  const t = textsFor(locale);
  return pageHtml(locale, t.notFound, `<p>${esc(t.notFoundText)}</p>`);
}

export function unavailableHtml(locale: string, form: WebForm): string {
  return pageHtml(locale, form.name, `<p role="alert">${esc(textsFor(locale).unavailable)}</p>`);
}

/** The pages' stylesheet: plain, readable, and the honeypot out of sight. */
export const FORM_CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1rem;color:#1a1a1a;background:#fff;line-height:1.5}
main{max-width:32rem;margin:0 auto}
h1{font-size:1.5rem;margin:0 0 1rem}
.field{margin-bottom:1rem}
label{display:block;font-weight:600;margin-bottom:.25rem}
.req{font-weight:400;color:#444}
input{box-sizing:border-box;width:100%;padding:.5rem;font:inherit;border:1px solid #666;border-radius:4px}
input:focus{outline:3px solid #1c5fb8;outline-offset:1px}
input[aria-invalid="true"]{border-color:#b00020}
.error{color:#b00020;margin:.25rem 0 0}
.summary{border:2px solid #b00020;padding:.5rem 1rem;margin-bottom:1rem;border-radius:4px}
button{font:inherit;padding:.5rem 1.25rem;border:0;border-radius:4px;background:#1c5fb8;color:#fff;cursor:pointer}
button:focus{outline:3px solid #1a1a1a;outline-offset:2px}
.hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
`;
