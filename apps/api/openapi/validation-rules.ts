import { type Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { getMetadataStorage, type ValidationTypes } from 'class-validator';
import { type ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Schema = Record<string, unknown>;

const SWAGGER_PROPERTY = 'swagger/apiModelProperties';

/** What one validator says of the values it takes, as JSON Schema. */
const RULES: Record<string, (constraints: unknown[]) => Schema | null> = {
  isString: () => ({ type: 'string' }),
  isBoolean: () => ({ type: 'boolean' }),
  isInt: () => ({ type: 'integer' }),
  isNumber: () => ({ type: 'number' }),
  isObject: () => ({ type: 'object' }),
  isArray: () => ({ type: 'array' }),
  isUuid: () => ({ type: 'string', format: 'uuid' }),
  isEmail: () => ({ type: 'string', format: 'email' }),
  isUrl: () => ({ type: 'string', format: 'uri' }),
  isDate: () => ({ type: 'string', format: 'date-time' }),
  isISO8601: () => ({ type: 'string' }),
  isLength: ([min, max]) => ({
    type: 'string',
    ...(typeof min === 'number' && min > 0 ? { minLength: min } : {}),
    ...(typeof max === 'number' ? { maxLength: max } : {}),
  }),
  minLength: ([min]) => ({ type: 'string', minLength: min }),
  maxLength: ([max]) => ({ type: 'string', maxLength: max }),
  min: ([min]) => ({ minimum: min }),
  max: ([max]) => ({ maximum: max }),
  isIn: ([values]) =>
    Array.isArray(values) && values.length > 0 ? { enum: [...(values as unknown[])] } : null,
  // A case-insensitive pattern would refuse what the API takes: leave it to the description.
  matches: ([pattern]) =>
    pattern instanceof RegExp && !pattern.flags.includes('i')
      ? { type: 'string', pattern: pattern.source }
      : { type: 'string' },
  arrayMinSize: ([min]) => ({ type: 'array', minItems: min }),
  arrayMaxSize: ([max]) => ({ type: 'array', maxItems: max }),
};

/**
 * Makes the document say of every validated DTO property what its class-validator decorators
 * enforce — type, format, pattern, lengths, bounds, enum, and `nullable` where `@IsOptional()`
 * lets `null` through — so that the document refuses exactly what the ValidationPipe refuses and
 * nobody keeps the two in step by hand. What a property's ApiProperty says besides (description,
 * example, default) stays. Runs before the document is built; running it again changes nothing.
 */
export function describeValidation(): void {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<Type<unknown>, ValidationMetadata[]>;
  };
  for (const target of storage.validationMetadatas.keys()) {
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const meta of getMetadataStorage().getTargetValidationMetadatas(target, '', true, false)) {
      byProperty.set(meta.propertyName, [...(byProperty.get(meta.propertyName) ?? []), meta]);
    }
    for (const [property, metas] of byProperty) describeProperty(target, property, metas);
  }
}

function describeProperty(target: Type<unknown>, property: string, metas: ValidationMetadata[]) {
  const existing = (Reflect.getMetadata(SWAGGER_PROPERTY, target.prototype, property) ??
    {}) as Schema;
  // A nested DTO (ValidateNested) is described by its own class.
  if (metas.some((m) => m.type === ('nestedValidation' as ValidationTypes))) return;
  const own: Schema = {};
  const items: Schema = {};
  let nullable = false;
  for (const meta of metas) {
    if (meta.type === 'conditionalValidation' && meta.name === 'isOptional') nullable = true;
    const rule = meta.name ? RULES[meta.name] : undefined;
    const schema = rule?.(meta.constraints ?? []);
    if (!schema) continue;
    Object.assign(meta.each ? items : own, schema);
  }
  if (Object.keys(own).length === 0 && Object.keys(items).length === 0 && !nullable) return;
  const described: Schema = { ...existing, ...own };
  // A type the validators do not name stays as declared (a nested class, a free-form object).
  if (own.type === undefined && existing.type !== undefined) described.type = existing.type;
  if (own.type === 'array' || Object.keys(items).length > 0) {
    const declared = existing.isArray ? PRIMITIVES.get(existing.type) : existing.items;
    // An array of a class is described by the class.
    if (existing.isArray && !declared) return;
    described.type = 'array';
    described.items = { ...((declared as Schema | undefined) ?? {}), ...items };
    delete described.isArray;
  }
  if (nullable) described.nullable = true;
  else delete described.nullable;
  if (existing.required === undefined)
    described.required = !metas.some((m) => m.type === 'conditionalValidation');
  // Registers the property if no ApiProperty did, then replaces what it says.
  ApiProperty({})(target.prototype, property);
  Reflect.defineMetadata(SWAGGER_PROPERTY, described, target.prototype, property);
}

const PRIMITIVES = new Map<unknown, Schema>([
  [String, { type: 'string' }],
  [Number, { type: 'number' }],
  [Boolean, { type: 'boolean' }],
  ['string', { type: 'string' }],
]);
