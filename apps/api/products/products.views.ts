import { BoolField, CurrencyField, DecimalField, TextField } from '../openapi/fields';
import { RecordDto } from '../openapi/record.dto';

/** A product of the catalogue as the API answers it (productView in libs/crm/products). */
export class ProductDto extends RecordDto {
  @TextField({ example: 'Onboarding workshop' })
  name!: string;

  @TextField({ example: 'ONB-WS' })
  sku!: string;

  @TextField({ nullable: true })
  description!: string | null;

  @DecimalField({ description: 'the unit price, 4 decimals', example: '150.0000' })
  price!: string;

  @CurrencyField()
  currency!: string;

  @DecimalField({ description: 'per cent, 2 decimals', example: '20.00' })
  taxRate!: string;

  @BoolField({ description: 'whether the price includes the tax' })
  taxIncluded!: boolean;

  @TextField({ example: 'h' })
  unit!: string;
}
