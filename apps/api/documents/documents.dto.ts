import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { INVOICE_STATUSES } from '../../../libs/crm/documents/invoice.entity';
import { QUOTE_STATUSES } from '../../../libs/crm/documents/quote.entity';
import {
  IsAmount,
  IsCurrency,
  IsPercent,
  IsQuantity,
} from '../../../libs/crm/money/money.validators';

export class DocumentRowDto {
  @ApiPropertyOptional({
    description: 'a catalogue product: its name, price, unit and tax are the defaults',
  })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({
    example: 'Onboarding workshop',
    description: 'required without a product',
  })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  name?: string;

  @ApiPropertyOptional({ example: 'h' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  unit?: string;

  @ApiProperty({ example: '2' })
  @IsQuantity()
  quantity!: string;

  @ApiPropertyOptional({ example: '150.00', description: 'required without a product' })
  @IsOptional()
  @IsAmount()
  unitPrice?: string;

  @ApiPropertyOptional({ example: '10', description: 'percent off' })
  @IsOptional()
  @IsPercent()
  discountPercent?: string;

  @ApiPropertyOptional({ example: '20' })
  @IsOptional()
  @IsPercent()
  taxRate?: string;

  @ApiPropertyOptional({ description: 'whether unitPrice includes the tax' })
  @IsOptional()
  @IsBoolean()
  taxIncluded?: boolean;
}

class DocumentBaseDto {
  @ApiProperty({ example: 'USD' })
  @IsCurrency()
  currency!: string;

  @ApiPropertyOptional({ nullable: true, description: 'the deal (in the same currency)' })
  @IsOptional()
  @IsUUID()
  dealId?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  @ApiProperty({ type: [DocumentRowDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DocumentRowDto)
  rows!: DocumentRowDto[];

  @ApiPropertyOptional({ description: 'the responsible user (default: you)' })
  @IsOptional()
  @IsUUID()
  responsibleId?: string;
}

export class CreateQuoteDto extends DocumentBaseDto {
  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'validUntil must be a date like 2026-12-31' })
  validUntil?: string | null;
}

export class UpdateQuoteDto extends PartialType(CreateQuoteDto) {}

export class CreateInvoiceDto extends DocumentBaseDto {
  @ApiProperty({ example: '2026-12-31' })
  @IsISO8601({ strict: true }, { message: 'dueDate must be a date like 2026-12-31' })
  dueDate!: string;
}

export class UpdateInvoiceDto extends PartialType(CreateInvoiceDto) {}

class ListDocumentsQueryDto extends ListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  dealId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiPropertyOptional({ description: 'search in the number' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ description: 'list archived documents instead' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  archived?: boolean;
}

export class ListQuotesQueryDto extends ListDocumentsQueryDto {
  @ApiPropertyOptional({ enum: QUOTE_STATUSES })
  @IsOptional()
  @IsIn(QUOTE_STATUSES)
  status?: string;
}

export class ListInvoicesQueryDto extends ListDocumentsQueryDto {
  @ApiPropertyOptional({ enum: INVOICE_STATUSES })
  @IsOptional()
  @IsIn(INVOICE_STATUSES)
  status?: string;
}
