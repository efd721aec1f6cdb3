import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsDateTime } from '../../../libs/crm/lists/date-time';
import { MAX_LIMIT } from '../../../libs/crm/lists/pagination';
import { QueryInteger } from '../../../libs/crm/lists/list-query.dto';

export class UpcomingAutomationQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'whose records (default: yours): a head may name anyone of their team, admins and sales ops anyone',
  })
  @IsOptional()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'only what fires before this time (RFC 3339)',
  })
  @IsOptional()
  @IsDateTime()
  before?: Date;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 })
  @IsOptional()
  @QueryInteger()
  @IsInt()
  @Min(1)
  @Max(MAX_LIMIT)
  limit: number = 50;
}
