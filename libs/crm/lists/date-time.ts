import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDate, IsISO8601, Matches } from 'class-validator';

/** An RFC 3339 date-time: a date, a time with seconds (fractions optional) and an offset. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * A date and time as the document says (`format: date-time`): an RFC 3339 string becomes a Date;
 * anything else — a number, `tomorrow`, a date without a time, a 13th month — is refused,
 * where `@Type(() => Date)` would have taken whatever `new Date()` takes.
 */
export function IsDateTime(message?: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      if (typeof value !== 'string' || !RFC3339.test(value)) return value;
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : date;
    }),
    IsDate({ message: message ?? '$property must be a date and time, like 2026-12-01T10:00:00Z' }),
  );
}

/**
 * A calendar date as the document says (`format: date`): `2026-12-31`, a real day of a real
 * month. A date and time, a week date or an ordinal date are refused.
 */
export function IsCalendarDate(message?: string): PropertyDecorator {
  const text = message ?? '$property must be a date like 2026-12-31';
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: text }),
    IsISO8601({ strict: true }, { message: text }),
  );
}
