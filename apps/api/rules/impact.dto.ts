import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsInt, IsObject, Max, Min } from 'class-validator';
import { IsDateTime } from '../../../libs/crm/lists/date-time';
import { IsOmittable } from '../../../libs/crm/validation/omittable';
import { IMPACT_KINDS, type ImpactKind } from '../../../libs/rules/impact/impact';

/** The candidate of an impact preview: rules files not published yet, or a published version. */
export class ImpactRequestDto {
  @ApiPropertyOptional({
    description:
      'The candidate’s files by path (rules.yaml and templates/<name>.hbs), not published yet. Give `files` or `version`, not both.',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsOmittable()
  @IsObject()
  files?: Record<string, string>;

  @ApiPropertyOptional({
    description: 'A published version of the rule set as the candidate.',
    type: 'integer',
    minimum: 1,
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description:
      'When the migration is previewed at (RFC 3339; default now): timers due by then fire in the preview.',
  })
  @IsOmittable()
  @IsDateTime()
  at?: Date;

  @ApiPropertyOptional({
    description: 'Which records to give as examples (default: all but `unaffected`).',
    enum: IMPACT_KINDS,
    isArray: true,
  })
  @IsOmittable()
  @ArrayMaxSize(IMPACT_KINDS.length)
  @IsIn(IMPACT_KINDS, { each: true })
  kinds?: ImpactKind[];

  @ApiPropertyOptional({ type: 'integer', minimum: 0, default: 0, description: 'examples to skip' })
  @IsOmittable()
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 20 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
