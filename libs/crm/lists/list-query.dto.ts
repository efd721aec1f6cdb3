import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsDateTime } from './date-time';
import { DEFAULT_LIMIT, MAX_LIMIT } from './pagination';

/** Query parameters every list takes; resources extend it with their filters. */
export class ListQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LIMIT)
  limit: number = DEFAULT_LIMIT;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 0, description: 'rows to skip (instead of a cursor)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;

  @ApiPropertyOptional({ example: '-createdAt', description: 'sort key, - for descending' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  sort?: string;

  @ApiPropertyOptional({ description: 'created at or after (ISO 8601)' })
  @IsOptional()
  @IsDateTime()
  createdFrom?: Date;

  @ApiPropertyOptional({ description: 'created before (ISO 8601)' })
  @IsOptional()
  @IsDateTime()
  createdTo?: Date;

  @ApiPropertyOptional({ description: 'updated at or after (ISO 8601)' })
  @IsOptional()
  @IsDateTime()
  updatedFrom?: Date;

  @ApiPropertyOptional({ description: 'updated before (ISO 8601)' })
  @IsOptional()
  @IsDateTime()
  updatedTo?: Date;
}

/** The created/updated range filters of a list query, as a MikroORM condition. */
export function dateRanges(q: ListQueryDto): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  const range = (from?: Date, to?: Date) => {
    const r: Record<string, Date> = {};
    if (from) r.$gte = from;
    if (to) r.$lt = to;
    return Object.keys(r).length ? r : undefined;
  };
  const created = range(q.createdFrom, q.createdTo);
  const updated = range(q.updatedFrom, q.updatedTo);
  if (created) where.createdAt = created;
  if (updated) where.updatedAt = updated;
  return where;
}
