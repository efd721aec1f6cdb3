import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { IsOmittable } from '../../../libs/crm/validation/omittable';

/** Which open records on the from-version a migration takes; empty: all of them. */
export class MigrationFilterDto {
  @ApiPropertyOptional({
    description: 'only records in these stages',
    type: [String],
    maxItems: 100,
    example: ['negotiation'],
  })
  @IsOmittable()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  stages?: string[];

  @ApiPropertyOptional({
    description: 'only records of these responsibles',
    type: [String],
    format: 'uuid',
    maxItems: 100,
  })
  @IsOmittable()
  @ArrayMaxSize(100)
  @IsUUID(undefined, { each: true })
  responsibleIds?: string[];

  @ApiPropertyOptional({
    description: 'only these records (deals, or leads for lead rules)',
    type: [String],
    format: 'uuid',
    maxItems: 1000,
  })
  @IsOmittable()
  @ArrayMaxSize(1000)
  @IsUUID(undefined, { each: true })
  recordIds?: string[];
}

export class StartMigrationDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'the version the records run now' })
  @IsInt()
  @Min(1)
  fromVersion!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'the version to run them on (an earlier one rolls back)',
  })
  @IsInt()
  @Min(1)
  toVersion!: number;

  @ApiPropertyOptional({ type: MigrationFilterDto })
  @IsOmittable()
  @ValidateNested()
  @Type(() => MigrationFilterDto)
  filter?: MigrationFilterDto;

  @ApiPropertyOptional({ description: 'why (kept with the migration)', maxLength: 1000 })
  @IsOmittable()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 500,
    default: 50,
    description: 'records per batch: pause and cancel take effect between batches',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(500)
  batchSize?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    nullable: true,
    description:
      'its pace: at most this many records a second, on average, so that a large migration ' +
      "leaves room for the records' own work; unset or null: batch after batch as fast as they go",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxRecordsPerSecond?: number | null;
}

export const RECORD_OUTCOMES = ['migrating', 'migrated', 'refused', 'failed'] as const;

export class ListMigratedRecordsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RECORD_OUTCOMES, description: 'only records with this outcome' })
  @IsOmittable()
  @IsIn(RECORD_OUTCOMES)
  outcome?: (typeof RECORD_OUTCOMES)[number];
}
