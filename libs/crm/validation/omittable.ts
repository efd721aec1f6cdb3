import { ValidateIf } from 'class-validator';

/**
 * The property may be left out; when given, it is validated — `null` included, which is refused
 * like any other wrong value. class-validator's IsOptional lets `null` through unvalidated: use
 * that only where `null` means "none" (the document then says `nullable: true`).
 */
export const IsOmittable = (): PropertyDecorator =>
  ValidateIf((_object: unknown, value: unknown) => value !== undefined);

/**
 * PartialType's option for update bodies: each property may be left out, and `null` is taken only
 * where the create body takes it (PartialType's default would let `null` through everywhere).
 */
export const OMITTABLE = { skipNullProperties: false } as const;
