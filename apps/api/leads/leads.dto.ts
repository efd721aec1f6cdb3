import { CustomFilterQuery, CustomValuesInput } from '../custom-fields/custom-values.schema';
import { AllowDuplicate } from '../duplicates/allow-duplicate';
import { MAX_MINOR_UNITS } from '../../../libs/crm/money/money';
import { IsOmittable, OMITTABLE } from '../../../libs/crm/validation/omittable';
import {
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
} from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { ReachedQueryDto } from '../../../libs/crm/lists/reached-query.dto';
import { LEAD_OUTCOMES } from '../../../libs/crm/leads/lead.entity';
import { amountPattern, IsAmount } from '../../../libs/crm/money/money.validators';
import { IsQueryBoolean } from '../../../libs/crm/lists/query-boolean';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export class CreateLeadDto {
  @ApiProperty({ example: 'Website request: 40 seats' })
  @IsString()
  @Length(1, 300)
  title!: string;

  @ApiPropertyOptional({ example: 'Ann Lee' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

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

  @ApiPropertyOptional({ example: 'ACME Corp' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  companyName?: string | null;

  @ApiPropertyOptional({
    example: 'web',
    description: 'the code of an active lead source (GET /api/v1/lead-sources); else 400',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  source?: string | null;

  @CustomValuesInput()
  custom?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'the responsible user (default: you)' })
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;

  @AllowDuplicate('lead', 'an open lead with the same normalised email or phone exists')
  allowDuplicate?: boolean;
}

export class UpdateLeadDto extends PartialType(
  OmitType(CreateLeadDto, ['allowDuplicate'] as const),
  OMITTABLE,
) {}

export class MoveLeadDto {
  @ApiProperty({ example: 'in_progress' })
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/, { message: 'to must be a status id' })
  to!: string;
}

export class ConvertDealDto {
  @ApiProperty({ example: 'b2b' })
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/, {
    message: 'pipelineId must be the id of a pipeline, like b2b',
  })
  pipelineId!: string;

  @ApiPropertyOptional({ description: "default: the lead's title" })
  @IsOmittable()
  @IsString()
  @Length(1, 300)
  title?: string;

  @ApiPropertyOptional({
    example: '8000.00',
    pattern: amountPattern(MAX_MINOR_UNITS),
    description: 'at most the currency’s decimals (USD 2, JPY 0, KWD 3): more answers 422',
  })
  @IsOmittable()
  @IsAmount(MAX_MINOR_UNITS)
  amount?: string;
}

export class ConvertLeadDto {
  @ApiPropertyOptional({ description: 'link this contact' })
  @IsOmittable()
  @IsUUID()
  contactId?: string;

  @ApiPropertyOptional({
    description: 'create a contact from the lead (or link one with the same email or phone)',
  })
  @IsOmittable()
  @IsBoolean()
  createContact?: boolean;

  @ApiPropertyOptional({ description: 'link this company' })
  @IsOmittable()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({
    description: 'create a company from the lead (or link one with the same email or phone)',
  })
  @IsOmittable()
  @IsBoolean()
  createCompany?: boolean;

  @ApiPropertyOptional({ type: ConvertDealDto, description: 'create a deal' })
  @IsOmittable()
  @ValidateNested()
  @Type(() => ConvertDealDto)
  deal?: ConvertDealDto;
}

export class ListLeadsQueryDto extends IntersectionType(ListQueryDto, ReachedQueryDto) {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional({ example: 'new' })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  status?: string;

  @ApiPropertyOptional({ enum: LEAD_OUTCOMES })
  @IsOmittable()
  @IsIn(LEAD_OUTCOMES)
  outcome?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  source?: string;

  @ApiPropertyOptional({ description: 'text search in title, name, company, email and phone' })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsQueryBoolean('list archived leads instead')
  archived?: boolean;

  @CustomFilterQuery()
  custom?: string[];
}
