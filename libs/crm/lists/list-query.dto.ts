import { IsOmittable } from '../validation/omittable';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsDateTime } from './date-time';
import { DEFAULT_LIMIT, MAX_LIMIT, type PageRequest } from './pagination';

/**
 * A whole number in the query, as written: an empty one (`?offset=`) is no number (400 naming
 * it), where `Number('')` would have made it 0.
 */
export const QueryInteger = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    value === undefined
      ? undefined
      : typeof value === 'string' && value.trim() === ''
        ? Number.NaN
        : Number(value),
  );

/**
 * The paging parameters every list takes. Lists of rows that are never changed (teams, keys,
 * histories, rule versions) take only these; lists of records take ListQueryDto.
 */
export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })
  @IsOmittable()
  @QueryInteger()
  @IsInt()
  @Min(1)
  @Max(MAX_LIMIT)
  limit: number = DEFAULT_LIMIT;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page', maxLength: 1000 })
  @IsOmittable()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 1_000_000,
    description: 'rows to skip (instead of a cursor)',
  })
  @IsOmittable()
  @QueryInteger()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;

  @ApiPropertyOptional({
    example: '-createdAt',
    description: 'sort key, - for descending',
    maxLength: 50,
  })
  @IsOmittable()
  @IsString()
  @MaxLength(50)
  sort?: string;

  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    description:
      'csv: every row the filters match (limit, cursor and offset ignored) as text/csv; or send Accept: text/csv (docs/api.md, Exports)',
  })
  @IsOmittable()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

/** The page a query asks for, sorted by its `sort` or else by the list's own default. */
export function pageRequest(q: PageQueryDto, defaultSort: string): PageRequest {
  return { limit: q.limit, cursor: q.cursor, offset: q.offset, sort: q.sort ?? defaultSort };
}

/** Query parameters every list of records takes; resources extend it with their filters. */
export class ListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'created at or after (RFC 3339)',
  })
  @IsOmittable()
  @IsDateTime()
  createdFrom?: Date;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'created before (RFC 3339)',
  })
  @IsOmittable()
  @IsDateTime()
  createdTo?: Date;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'updated at or after (RFC 3339)',
  })
  @IsOmittable()
  @IsDateTime()
  updatedFrom?: Date;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'updated before (RFC 3339)',
  })
  @IsOmittable()
  @IsDateTime()
  updatedTo?: Date;
}

/** The created/updated range filters of a list query, as a MikroORM condition. */
export function dateRanges(q: Omit<ListQueryDto, 'limit'>): Record<string, unknown> {
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
