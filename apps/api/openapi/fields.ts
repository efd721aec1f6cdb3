import { type Type } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * Properties of answer records, each typed exactly (the document is built without the swagger
 * compiler plugin, so a property's type is what these say, never what TypeScript guesses: a
 * `string | null` would be `object`). Every property of an answer is present; `null` says
 * "none". Request DTOs say the same with ApiProperty next to their validators.
 */
export interface FieldOptions {
  description?: string;
  example?: unknown;
  /** The value may be null. */
  nullable?: boolean;
  /** The property may be missing (answers: only where the record leaves it out). */
  optional?: boolean;
}

const field = (schema: ApiPropertyOptions, o: FieldOptions = {}): PropertyDecorator =>
  ApiProperty({
    ...schema,
    ...(o.description ? { description: o.description } : {}),
    ...(o.example !== undefined ? { example: o.example } : {}),
    ...(o.nullable ? { nullable: true } : {}),
    required: !o.optional,
  } as ApiPropertyOptions);

/** A decimal as a string (money, quantities, rates): never a number, so nothing is rounded. */
export const DECIMAL_PATTERN = '^-?\\d+(\\.\\d+)?$';

export const UuidField = (o?: FieldOptions) => field({ type: String, format: 'uuid' }, o);
export const TextField = (o?: FieldOptions) => field({ type: String }, o);
export const EmailField = (o?: FieldOptions) => field({ type: String, format: 'email' }, o);
export const IntField = (o?: FieldOptions & { minimum?: number }) =>
  field({ type: 'integer', ...(o?.minimum !== undefined ? { minimum: o.minimum } : {}) }, o);
export const BoolField = (o?: FieldOptions) => field({ type: Boolean }, o);
/** An RFC 3339 instant, in UTC: `2026-12-01T10:00:00.000Z`. */
export const DateTimeField = (o?: FieldOptions) => field({ type: String, format: 'date-time' }, o);
/** A calendar date: `2026-12-31`. */
export const DateField = (o?: FieldOptions) => field({ type: String, format: 'date' }, o);
/** A decimal string; the description says its scale. */
export const DecimalField = (o?: FieldOptions) =>
  field({ type: String, pattern: DECIMAL_PATTERN, example: '1200.00' }, o);
/** An ISO 4217 currency code. */
export const CurrencyField = (o?: FieldOptions) =>
  field({ type: String, pattern: '^[A-Z]{3}$', example: 'USD' }, o);
export const EnumField = (values: readonly string[], o?: FieldOptions & { name?: string }) =>
  field({ type: String, enum: [...values], ...(o?.name ? { enumName: o.name } : {}) }, o);
/** A JSON object of free form (custom fields, a rule's settings). */
export const ObjectField = (o?: FieldOptions) =>
  field({ type: 'object', additionalProperties: true }, o);
/** A nested record, or an array of them (`[RowDto]`). */
export const NestedField = (type: Type<unknown> | [Type<unknown>], o?: FieldOptions) =>
  field({ type } as ApiPropertyOptions, o);
