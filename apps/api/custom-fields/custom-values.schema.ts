import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsString, MaxLength } from 'class-validator';
import { IsOmittable } from '../../../libs/crm/validation/omittable';

/** One custom value, by the type of its field (libs/crm/custom-fields checks it). */
const customValue = (input: boolean) => ({
  oneOf: [
    {
      type: 'string',
      description: `a text, a list option, or a date (YYYY-MM-DD)${input ? '; null clears the value' : ''}`,
      maxLength: 2000,
      ...(input ? { nullable: true } : {}),
    },
    { type: 'number', description: 'a number' },
    { type: 'boolean', description: 'a flag' },
    {
      type: 'object',
      description: 'money: a decimal string and its currency',
      required: ['amount', 'currency'],
      additionalProperties: false,
      properties: {
        amount: { type: 'string', pattern: '^-?\\d{1,15}(\\.\\d{1,4})?$', example: '1200.50' },
        currency: { type: 'string', pattern: '^[A-Z]{3}$', example: 'USD' },
      },
    },
  ],
});

const EXAMPLE = {
  segment: 'enterprise',
  seats: 40,
  budget: { amount: '12000.00', currency: 'USD' },
};

/** A record's custom values in its answers: a map by field code. */
export const CustomValuesAnswer = () =>
  ApiProperty({
    type: 'object',
    additionalProperties: customValue(false),
    example: EXAMPLE,
    description:
      'custom field values by field code (GET /api/v1/custom-fields): text, list and date (YYYY-MM-DD) as strings, number as a number, flag as a boolean, money as { amount, currency }; a field without a value is left out',
  });

/** A record's custom values in a create or change: a map by field code, checked by the service. */
export const CustomValuesInput = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: 'object',
      additionalProperties: customValue(true),
      example: EXAMPLE,
      description:
        'custom field values by field code, each of the type its field has; on a change, the codes given replace the record’s values and the others stay (null or an empty text clears one). A required field must have a value once written; an unknown or deactivated code, a wrong type, an option not in the list, money without its currency or with too many decimals, and a date not YYYY-MM-DD are refused with 400 naming `custom.<code>`',
    }),
    IsOmittable(),
    IsObject(),
  );

/** The `custom` filters of a record list: `?custom=segment:enterprise&custom=seats:10..50`. */
export const CustomFilterQuery = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: [String],
      maxItems: 10,
      example: ['segment:enterprise'],
      description:
        'custom field filters, `<code>:<value>`, repeatable (a record matches all): text and list fields by their exact value (`segment:enterprise`); flags by `true` or `false` (false also matches no value); numbers and dates by a value or a range with both ends included, either end left out (`seats:10..50`, `renewal:2027-01-01..`); money by currency and optionally an amount or a range (`budget:USD`, `budget:USD 1000..5000`). An unknown code or a value the field cannot hold is a 400 naming `custom`',
    }),
    IsOmittable(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value)),
    IsArray(),
    ArrayMaxSize(10),
    IsString({ each: true }),
    MaxLength(200, { each: true }),
  );
