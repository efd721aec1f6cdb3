import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { IsOmittable } from '../../../libs/crm/validation/omittable';
import { IMPORT_DELIMITERS, IMPORT_ENCODINGS } from '../../../libs/crm/imports/csv-file';
import { DUPLICATE_MODES, IMPORT_KINDS } from '../../../libs/crm/imports/import-fields';
import { ROW_OUTCOMES } from '../../../libs/crm/imports/record-import.entity';

export class UploadImportQueryDto {
  @ApiProperty({ enum: IMPORT_KINDS, description: 'what each row becomes' })
  @IsIn(IMPORT_KINDS)
  kind!: (typeof IMPORT_KINDS)[number];

  @ApiPropertyOptional({
    enum: IMPORT_ENCODINGS,
    description: 'default: UTF-8 when the bytes are valid UTF-8, else Windows-1251',
  })
  @IsOmittable()
  @IsIn(IMPORT_ENCODINGS)
  encoding?: (typeof IMPORT_ENCODINGS)[number];

  @ApiPropertyOptional({
    enum: IMPORT_DELIMITERS,
    description: 'default: the most frequent of `,` `;` and tab in the header line',
  })
  @IsOmittable()
  @IsIn(IMPORT_DELIMITERS)
  delimiter?: (typeof IMPORT_DELIMITERS)[number];

  @ApiPropertyOptional({ description: 'the file’s name, kept to show', maxLength: 300 })
  @IsOmittable()
  @IsString()
  @Length(1, 300)
  fileName?: string;
}

export class ColumnMappingDto {
  @ApiProperty({ example: 'E-mail', description: 'a column of the file, as its header names it' })
  @IsString()
  @Length(1, 1000)
  column!: string;

  @ApiProperty({
    example: 'email',
    description:
      'the field it fills: lead title, name, email, phone, companyName, source; contact firstName, lastName, position, email, phone; company name, industry, country, email, phone, website, address; and for each, custom.<code> of its active custom fields',
  })
  @IsString()
  @Length(1, 70)
  field!: string;
}

export class SetImportMappingDto {
  @ApiProperty({
    type: [ColumnMappingDto],
    maxItems: 100,
    description: 'the columns imported and their fields; a column left out is not imported',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ColumnMappingDto)
  mapping!: ColumnMappingDto[];

  @ApiPropertyOptional({
    enum: DUPLICATE_MODES,
    description:
      'a row like an existing record (the duplicate check: same normalised email or phone, a company also by name) or like an earlier row: skip it, update that record with the row’s non-empty cells, or create it anyway',
  })
  @IsOmittable()
  @IsIn(DUPLICATE_MODES)
  duplicateMode?: (typeof DUPLICATE_MODES)[number];
}

export class StartImportDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    description:
      'how many imported leads’ workflows start a second (default and most: IMPORT_WORKFLOW_STARTS_PER_SECOND)',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(1000)
  workflowStartsPerSecond?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 2000,
    description: 'rows written per transaction (default 500)',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(2000)
  batchSize?: number;
}

export const ROW_FILTERS = [...ROW_OUTCOMES, 'pending'] as const;

export class ListImportRowsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROW_FILTERS, description: 'only rows with this outcome' })
  @IsOmittable()
  @IsIn(ROW_FILTERS)
  outcome?: (typeof ROW_FILTERS)[number];
}
