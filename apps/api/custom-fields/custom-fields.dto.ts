import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  CUSTOM_FIELD_CODE,
  CUSTOM_FIELD_TYPES,
  CUSTOM_RECORD_TYPES,
  type CustomFieldType,
  type CustomRecordType,
} from '../../../libs/crm/custom-fields/custom-field-types';
import { PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { IsQueryBoolean } from '../../../libs/crm/lists/query-boolean';
import { IsOmittable } from '../../../libs/crm/validation/omittable';

/** What a definition and a change of it share. */
class CustomFieldSettingsDto {
  @ApiPropertyOptional({
    description:
      'whether every record of its type must have a value (checked at each write of a record’s custom values)',
  })
  @IsOmittable()
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 100,
    example: ['smb', 'enterprise'],
    description:
      'a list field’s values, in form order (required for a list, refused for other types); an option records hold cannot be removed (409)',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  options?: string[];

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 10_000,
    description: 'its place in forms (default: after the others)',
  })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;

  @ApiPropertyOptional({ description: 'false deactivates it, true makes it active again' })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

/** What a change may set: everything but the record type, the code and the type. */
export class UpdateCustomFieldDto extends CustomFieldSettingsDto {
  @ApiPropertyOptional({ example: 'Segment', minLength: 1, maxLength: 200 })
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  label?: string;

  @ApiPropertyOptional({
    enum: CUSTOM_FIELD_TYPES,
    enumName: 'CustomFieldType',
    description:
      'may only repeat the field’s type: a type never changes (records hold values of it); another is refused with 422',
  })
  @IsOmittable()
  @IsIn(CUSTOM_FIELD_TYPES)
  type?: CustomFieldType;
}

export class CreateCustomFieldDto extends CustomFieldSettingsDto {
  @ApiProperty({ enum: CUSTOM_RECORD_TYPES, description: 'the records it is on' })
  @IsIn(CUSTOM_RECORD_TYPES)
  recordType!: CustomRecordType;

  @ApiProperty({
    example: 'segment',
    pattern: CUSTOM_FIELD_CODE.source,
    description:
      'the key of its values in `custom` and its name in the rules (`deal.custom.segment`); unique per record type, fixed once created',
  })
  @Matches(CUSTOM_FIELD_CODE, {
    message:
      'code must start with a lower-case letter, then lower-case letters, digits or _, up to 64',
  })
  code!: string;

  @ApiProperty({ example: 'Segment', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  label!: string;

  @ApiProperty({
    enum: CUSTOM_FIELD_TYPES,
    description: 'what its values are; fixed once created',
  })
  @IsIn(CUSTOM_FIELD_TYPES)
  type!: CustomFieldType;
}

export class ListCustomFieldsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CUSTOM_RECORD_TYPES, enumName: 'CustomRecordType' })
  @IsOmittable()
  @IsIn(CUSTOM_RECORD_TYPES)
  recordType?: CustomRecordType;

  @IsQueryBoolean('only the active (true) or the inactive (false) fields')
  active?: boolean;
}
