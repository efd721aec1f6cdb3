import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IsOmittable } from '../../../libs/crm/validation/omittable';

/**
 * The create bodies' confirmation: without it, a record like one that exists (same normalised
 * email or phone; a company: also name) is refused with 409 `duplicate-record`.
 */
export const AllowDuplicate = (kind: string, compared: string) =>
  applyDecorators(
    ApiPropertyOptional({
      type: Boolean,
      default: false,
      description: `create the ${kind} even if ${compared} (the answer would be 409 \`duplicate-record\` listing them): the caller has looked and confirms it is another one`,
    }),
    IsOmittable(),
    IsBoolean(),
  );
