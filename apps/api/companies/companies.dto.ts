import { CustomFilterQuery, CustomValuesInput } from '../custom-fields/custom-values.schema';
import { AllowDuplicate } from '../duplicates/allow-duplicate';
import { IsOmittable, OMITTABLE } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { IsQueryBoolean } from '../../../libs/crm/lists/query-boolean';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export class CreateCompanyDto {
  @ApiProperty({ example: 'ACME Corp' })
  @trim()
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiPropertyOptional({ example: 'Manufacturing' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  industry?: string | null;

  @ApiPropertyOptional({ example: 'DE', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code, like DE' })
  country?: string | null;

  @ApiPropertyOptional({ example: 'info@acme.test' })
  @IsOptional()
  @trim()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ example: '+49 30 1234567' })
  @IsOptional()
  @Matches(/^\+?[\d\s().-]{5,50}$/, {
    message: 'phone must be digits, spaces, ( ) . - and an optional leading +',
  })
  phone?: string | null;

  @ApiPropertyOptional({ example: 'https://acme.test' })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  address?: string | null;

  @CustomValuesInput()
  custom?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'the responsible user (default: you)' })
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;

  @AllowDuplicate('company', 'a company with the same normalised name, email or phone exists')
  allowDuplicate?: boolean;
}

export class UpdateCompanyDto extends PartialType(
  OmitType(CreateCompanyDto, ['allowDuplicate'] as const),
  OMITTABLE,
) {}

export class ListCompaniesQueryDto extends ListQueryDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;

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
