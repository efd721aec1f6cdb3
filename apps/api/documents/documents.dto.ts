import { IsCalendarDate } from '../../../libs/crm/lists/date-time';
import { IsOmittable, OMITTABLE } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
import { INVOICE_STATUSES } from '../../../libs/crm/documents/invoice.entity';
import { QUOTE_STATUSES } from '../../../libs/crm/documents/quote.entity';
import {
  IsAmount,
  IsCurrency,
  IsPercent,
  IsQuantity,
} from '../../../libs/crm/money/money.validators';
import { IsQueryBoolean } from '../../../libs/crm/lists/query-boolean';

export class DocumentRowInputDto {
  @ApiPropertyOptional({
    description: 'a catalogue product: its name, price, unit and tax are the defaults',
  })
  @IsOmittable()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({
    example: 'Onboarding workshop',
    description: 'required without a product',
  })
  @IsOmittable()
  @IsString()
  @Length(1, 300)
  name?: string;

  @ApiPropertyOptional({ example: 'h' })
  @IsOmittable()
  @IsString()
  @Length(1, 20)
  unit?: string;

  @ApiProperty({ example: '2' })
  @IsQuantity()
  quantity!: string;

  @ApiPropertyOptional({ example: '150.00', description: 'required without a product' })
  @IsOmittable()
  @IsAmount()
  unitPrice?: string;

  @ApiPropertyOptional({ example: '10', description: 'percent off' })
  @IsOmittable()
  @IsPercent()
  discountPercent?: string;

  @ApiPropertyOptional({ example: '20' })
  @IsOmittable()
  @IsPercent()
  taxRate?: string;

  @ApiPropertyOptional({ description: 'whether unitPrice includes the tax' })
  @IsOmittable()
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

  @ApiProperty({ type: [DocumentRowInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DocumentRowInputDto)
  rows!: DocumentRowInputDto[];

  @ApiPropertyOptional({ description: 'the responsible user (default: you)' })
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;
}

export class CreateQuoteDto extends DocumentBaseDto {
  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 10000,
    description: 'the text above the rows',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  intro?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 10000,
    description: 'the terms below the totals',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  terms?: string | null;
}

export class UpdateQuoteDto extends PartialType(CreateQuoteDto, OMITTABLE) {}

export class CreateInvoiceDto extends DocumentBaseDto {
  @ApiProperty({ type: String, format: 'date', example: '2026-12-31' })
  @IsCalendarDate()
  dueDate!: string;
}

export class UpdateInvoiceDto extends PartialType(CreateInvoiceDto, OMITTABLE) {}

class ListDocumentsQueryDto extends ListQueryDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  dealId?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  contactId?: string;

  @ApiPropertyOptional({ description: 'search in the number' })
  @IsOmittable()
  @IsString()
  @MaxLength(50)
  q?: string;

  @IsQueryBoolean('list archived documents instead')
  archived?: boolean;
}

export class ListQuotesQueryDto extends ListDocumentsQueryDto {
  @ApiPropertyOptional({ enum: QUOTE_STATUSES })
  @IsOmittable()
  @IsIn(QUOTE_STATUSES)
  status?: string;
}

export class ListInvoicesQueryDto extends ListDocumentsQueryDto {
  @ApiPropertyOptional({ enum: INVOICE_STATUSES })
  @IsOmittable()
  @IsIn(INVOICE_STATUSES)
  status?: string;
}

/** The body of `POST /api/v1/invoices/{id}/cancel`. */
export class CancelInvoiceDto {
  @ApiProperty({ example: 'Issued twice by mistake', description: 'why it is cancelled' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'reason must say why' })
  reason!: string;
}
