import { CustomFilterQuery, CustomValuesInput } from '../custom-fields/custom-values.schema';
import { AllowDuplicate } from '../duplicates/allow-duplicate';
import { IsOmittable, OMITTABLE } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { IsQueryBoolean } from '../../../libs/crm/lists/query-boolean';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export class CreateContactDto {
  @ApiProperty({ example: 'Ann' })
  @trim()
  @IsString()
  @Length(1, 200)
  firstName!: string;

  @ApiPropertyOptional({ example: 'Lee' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  lastName?: string | null;

  @ApiPropertyOptional({ example: 'Head of IT' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @ApiPropertyOptional({ example: 'ann@acme.test' })
  @IsOptional()
  @trim()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ example: '+1 555 010 0200' })
  @IsOptional()
  @Matches(/^\+?[\d\s().-]{5,50}$/, {
    message: 'phone must be digits, spaces, ( ) . - and an optional leading +',
  })
  phone?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'companies the contact belongs to' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  companyIds?: string[];

  @CustomValuesInput()
  custom?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'the responsible user (default: you)' })
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;

  @AllowDuplicate('contact', 'a contact with the same normalised email or phone exists')
  allowDuplicate?: boolean;
}

export class UpdateContactDto extends PartialType(
  OmitType(CreateContactDto, ['allowDuplicate'] as const),
  OMITTABLE,
) {}

export class ListContactsQueryDto extends ListQueryDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ description: 'text search in name, email and phone' })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsQueryBoolean('list archived records instead')
  archived?: boolean;

  @CustomFilterQuery()
  custom?: string[];
}
