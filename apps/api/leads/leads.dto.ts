import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { LEAD_OUTCOMES } from '../../../libs/crm/leads/lead.entity';
import { IsAmount } from '../../../libs/crm/money/money.validators';

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

  @ApiPropertyOptional({ example: 'web' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  source?: string | null;

  @ApiPropertyOptional({ example: { budget: 8000 } })
  @IsOptional()
  @IsObject()
  custom?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'the responsible user (default: you)' })
  @IsOptional()
  @IsUUID()
  responsibleId?: string;
}

export class UpdateLeadDto extends PartialType(CreateLeadDto) {}

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
  @IsOptional()
  @IsString()
  @Length(1, 300)
  title?: string;

  @ApiPropertyOptional({ example: '8000.00' })
  @IsOptional()
  @IsAmount(2)
  amount?: string;
}

export class ConvertLeadDto {
  @ApiPropertyOptional({ description: 'link this contact' })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiPropertyOptional({
    description: 'create a contact from the lead (or link one with the same email or phone)',
  })
  @IsOptional()
  @IsBoolean()
  createContact?: boolean;

  @ApiPropertyOptional({ description: 'link this company' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({
    description: 'create a company from the lead (or link one with the same email or phone)',
  })
  @IsOptional()
  @IsBoolean()
  createCompany?: boolean;

  @ApiPropertyOptional({ type: ConvertDealDto, description: 'create a deal' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConvertDealDto)
  deal?: ConvertDealDto;
}

export class ListLeadsQueryDto extends ListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional({ example: 'new' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  status?: string;

  @ApiPropertyOptional({ enum: LEAD_OUTCOMES })
  @IsOptional()
  @IsIn(LEAD_OUTCOMES)
  outcome?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  source?: string;

  @ApiPropertyOptional({ description: 'text search in title, name, company, email and phone' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'list archived leads instead' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  archived?: boolean;
}
