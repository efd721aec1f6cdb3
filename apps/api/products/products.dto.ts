import { IsOmittable, OMITTABLE } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { IsAmount, IsCurrency, IsPercent } from '../../../libs/crm/money/money.validators';
import { IsQueryBoolean } from '../../../libs/crm/lists/query-boolean';

export class CreateProductDto {
  @ApiProperty({ example: 'CRM licence, annual' })
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiProperty({ example: 'LIC-ANNUAL' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
    message: 'sku must be letters, digits, ., _ or -, up to 64',
  })
  sku!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ example: '1200.00', description: 'unit price, a decimal string' })
  @IsAmount()
  price!: string;

  @ApiProperty({ example: 'USD' })
  @IsCurrency()
  currency!: string;

  @ApiPropertyOptional({ example: '20', description: 'tax rate in percent' })
  @IsOmittable()
  @IsPercent()
  taxRate?: string;

  @ApiPropertyOptional({ description: 'whether the price includes the tax' })
  @IsOmittable()
  @IsBoolean()
  taxIncluded?: boolean;

  @ApiPropertyOptional({ example: 'pcs' })
  @IsOmittable()
  @IsString()
  @Length(1, 20)
  unit?: string;
}

export class UpdateProductDto extends PartialType(CreateProductDto, OMITTABLE) {}

export class ListProductsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'text search in name and SKU' })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsCurrency()
  currency?: string;

  @IsQueryBoolean('list archived products instead')
  archived?: boolean;
}
