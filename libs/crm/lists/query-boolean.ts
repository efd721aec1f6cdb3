import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

/**
 * An optional true/false filter of a query string: `true` or `false`, nothing else. Anything else
 * (`null`, `yes`, `1`, an empty value, the parameter twice) stays as it came and is refused with
 * 400 naming the field, where reading it as "not true" would have answered another list.
 */
export function IsQueryBoolean(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: Boolean, description }),
    IsOptional(),
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean({ message: '$property must be true or false' }),
  );
}
