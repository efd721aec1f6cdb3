import { applyDecorators } from '@nestjs/common';
import { IsString, Matches } from 'class-validator';
import { CURRENCY } from './money';

/** What IsAmount takes, as the document's pattern. */
export const amountPattern = (decimals = 4) => `^\\d{1,15}(\\.\\d{1,${decimals}})?$`;

/** A non-negative decimal amount as a string: "1234.50" (never a number, never a float). */
export const IsAmount = (decimals = 4) =>
  applyDecorators(
    IsString({ message: '$property must be a decimal string like "1234.50", not a number' }),
    Matches(new RegExp(amountPattern(decimals)), {
      message: `$property must be a non-negative decimal with at most ${decimals} decimals, like "1234.50"`,
    }),
  );

/** A percentage from 0 to 100 with at most two decimals: "20", "7.5". */
export const IsPercent = () =>
  applyDecorators(
    IsString({ message: '$property must be a decimal string like "20" or "7.5"' }),
    Matches(/^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/, {
      message: '$property must be a percentage from 0 to 100 with at most 2 decimals',
    }),
  );

/** A quantity: positive, at most 3 decimals. */
export const IsQuantity = () =>
  applyDecorators(
    IsString({ message: '$property must be a decimal string like "1" or "2.5"' }),
    Matches(/^(?!0+(\.0+)?$)\d{1,9}(\.\d{1,3})?$/, {
      message: '$property must be a positive decimal with at most 3 decimals',
    }),
  );

/** An ISO 4217 currency code. */
export const IsCurrency = () =>
  Matches(CURRENCY, { message: '$property must be an ISO 4217 code, like USD or EUR' });
