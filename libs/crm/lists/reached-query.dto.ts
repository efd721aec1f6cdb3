import { IsOmittable } from '../validation/omittable';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';
import { IsDateTime } from './date-time';

const STAGE = /^[a-z][a-z0-9_-]{0,62}$/;

/**
 * Filters of the deal and lead lists that the reports' drill-down links use: the responsible's
 * team, and a stage reached in a period by the funnel's rule (docs/reports.md).
 */
export class ReachedQueryDto {
  @ApiPropertyOptional({ description: 'records whose responsible is in this team' })
  @IsOmittable()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({
    example: 'quote',
    description:
      'records that reached this stage (entered it or a later one; a won or lost stage: entered it), as the funnel counts',
  })
  @IsOmittable()
  @Matches(STAGE, { message: 'reachedStage must be a stage id' })
  reachedStage?: string;

  @ApiPropertyOptional({ description: 'reachedStage reached at or after (RFC 3339)' })
  @IsOmittable()
  @IsDateTime()
  reachedFrom?: Date;

  @ApiPropertyOptional({ description: 'reachedStage reached before (RFC 3339)' })
  @IsOmittable()
  @IsDateTime()
  reachedTo?: Date;

  @ApiPropertyOptional({
    example: 'negotiation',
    description: 'with a lost (junk) reachedStage: the stage the record was lost from',
  })
  @IsOmittable()
  @Matches(STAGE, { message: 'lostFromStage must be a stage id' })
  lostFromStage?: string;
}
