import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { type WebForm } from '../../../libs/crm/web-forms/web-form.entity';
import { type WebFormValues } from '../../../libs/crm/web-forms/web-forms.service';
import { unsafeTextProblem } from '../input-limits/unsafe-text';
import { CreateLeadDto } from '../leads/leads.dto';
import { FIELD_MAX_LENGTH, textsFor } from './web-form-page';

export interface CheckedValues {
  /** The values as sent (trimmed), to show again beside their problems. */
  shown: Record<string, string>;
  /** The non-empty values, when there are no problems. */
  values: WebFormValues;
  /** A problem per field, in the page's language. */
  errors: Record<string, string>;
}

/**
 * A visitor's post, field by field: text, required ones given, and each value as POST /leads
 * takes it (CreateLeadDto's own rules). Whatever else the body holds is ignored; nothing here
 * throws on junk (a body that is not an object, arrays, numbers).
 */
export async function checkValues(
  locale: string,
  form: WebForm,
  body: unknown,
): Promise<CheckedValues> {
  const t = textsFor(locale);
  const raw =
    body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  const shown: Record<string, string> = {};
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const { field, required } of form.fields) {
    const value = Object.hasOwn(raw, field) ? raw[field] : undefined;
    if (value !== undefined && typeof value !== 'string') {
      errors[field] = t.notText;
      continue;
    }
    const text = (value ?? '').trim();
    shown[field] = text.slice(0, FIELD_MAX_LENGTH[field]);
    if (!text) {
      if (required) errors[field] = t.requiredField;
    } else if (unsafeTextProblem(text)) {
      errors[field] = t.invalid.other;
      shown[field] = '';
    } else if (text.length > FIELD_MAX_LENGTH[field]) errors[field] = t.tooLong;
    else values[field] = text;
  }
  const problems = await validate(plainToInstance(CreateLeadDto, values), {
    skipMissingProperties: true,
  });
  for (const problem of problems) {
    const field = problem.property as keyof typeof t.invalid;
    if (field in values && !errors[field]) errors[field] = t.invalid[field] ?? t.invalid.other;
  }
  return { shown, values: Object.keys(errors).length ? {} : values, errors };
}
