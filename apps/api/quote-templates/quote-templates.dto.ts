import { IsOmittable, OMITTABLE } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { IsCurrency } from '../../../libs/crm/money/money.validators';
import { IsQueryBoolean } from '../../../libs/crm/lists/query-boolean';
import { DocumentRowInputDto } from '../documents/documents.dto';

const CODE = /^[a-z][a-z0-9_-]{0,62}$/;
const TEXT =
  'a template: plain text with fields of the deal, its contact and company, the responsible and the quote ({{contact.name}}, {{company_name}}, {{money quote.total quote.currency}}); lines kept';

export class CreateQuoteTemplateDto {
  @ApiProperty({
    example: 'standard',
    pattern: CODE.source,
    description: 'how the rules name it (send_quote: { quote_template: standard }); never changes',
  })
  @Matches(CODE, {
    message: 'code must be lowercase letters, digits, "-" or "_", starting with a letter',
  })
  code!: string;

  @ApiProperty({ example: 'Standard licence offer', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'USD', description: 'its rows’ currency: the deals it quotes for' })
  @IsCurrency()
  currency!: string;

  @ApiPropertyOptional({
    type: [DocumentRowInputDto],
    description:
      'rows as a quote’s; a product row without a unit price takes the catalogue’s price when the quote is made',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DocumentRowInputDto)
  rows?: DocumentRowInputDto[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000, description: TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  intro?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000, description: TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  terms?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 365,
    default: 14,
    description: 'a quote made from it is valid until this many days later',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(365)
  validityDays?: number;
}

export class UpdateQuoteTemplateDto extends PartialType(
  OmitType(CreateQuoteTemplateDto, ['code'] as const),
  OMITTABLE,
) {}

export class ListQuoteTemplatesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'search in the name', maxLength: 200 })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ example: 'USD' })
  @IsOmittable()
  @IsCurrency()
  currency?: string;

  @IsQueryBoolean('list archived templates instead')
  archived?: boolean;
}

/** A quote for a deal, made from a template. */
export class CreateQuoteFromTemplateDto {
  @ApiProperty({ format: 'uuid', description: 'the quote template (not archived)' })
  @IsUUID()
  templateId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'the deal: its contact, company and currency (the template’s) and its products',
  })
  @IsUUID()
  dealId!: string;

  @ApiPropertyOptional({
    default: true,
    description: 'the deal’s product rows after the template’s rows (false: the template’s only)',
  })
  @IsOmittable()
  @IsBoolean()
  includeDealProducts?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the responsible user (default: the deal’s)',
  })
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;
}
