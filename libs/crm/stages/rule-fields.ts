import { invalidField } from '../../errors';
import { type RuleFieldValue } from './staged-record';

interface FieldAccess<T> {
  read(record: T): unknown;
  write(record: T, value: RuleFieldValue): void;
}

/**
 * A record's fields by their names in the rules (`deal.amount`, `lead.custom.segment`): what the
 * rules see (field changes reach the workflow by these names) and what `set_field` may set — the
 * fields listed, and any custom field. Each is set explicitly, with its type checked, never by
 * reflection on the entity.
 */
export class RuleFields<T extends { custom: Record<string, unknown> }> {
  constructor(
    private readonly root: string,
    private readonly fields: Record<string, FieldAccess<T>>,
  ) {}

  read(record: T): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [name, access] of Object.entries(this.fields))
      values[`${this.root}.${name}`] = access.read(record);
    for (const [name, value] of Object.entries(record.custom ?? {}))
      values[`${this.root}.custom.${name}`] = value;
    return values;
  }

  write(record: T, field: string, value: RuleFieldValue): void {
    const [root, name, custom, ...rest] = field.split('.');
    if (root === this.root && name === 'custom' && custom && rest.length === 0) {
      record.custom = { ...record.custom, [custom]: value };
      return;
    }
    const access = root === this.root && custom === undefined ? this.fields[name] : undefined;
    if (!access)
      throw invalidField(
        'field',
        `the rules set ${Object.keys(this.fields)
          .map((f) => `${this.root}.${f}`)
          .join(', ')} or ${this.root}.custom.<name>, not ${field}`,
      );
    access.write(record, value);
  }

  static text(value: RuleFieldValue, field: string): string {
    if (typeof value === 'string' && value.trim()) return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw invalidField(field, 'is a text that is not empty');
  }

  static textOrNull(value: RuleFieldValue): string | null {
    return value === null ? null : String(value);
  }

  static decimal(value: RuleFieldValue, field: string): string {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text === 'string' && /^-?\d+(\.\d+)?$/.test(text.trim())) return text.trim();
    throw invalidField(field, 'is a decimal number, like 1200.50');
  }

  static integerOrNull(value: RuleFieldValue, field: string): number | null {
    if (value === null) return null;
    const number = typeof value === 'string' ? Number(value) : value;
    if (typeof number === 'number' && Number.isInteger(number)) return number;
    throw invalidField(field, 'is a whole number');
  }

  static dateOrNull(value: RuleFieldValue, field: string): string | null {
    if (value === null) return null;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    throw invalidField(field, 'is a date, like 2027-03-31');
  }
}
