import { CurrencyField, IntField, NestedField, TextField } from '../openapi/fields';
import { RecordDto } from '../openapi/record.dto';
import { DocumentRowInputDto } from '../documents/documents.dto';

/** A quote template as the API answers it (quoteTemplateView in libs/crm/quote-templates). */
export class QuoteTemplateDto extends RecordDto {
  @TextField({ example: 'standard', description: 'how the rules name it' })
  code!: string;

  @TextField({ example: 'Standard licence offer' })
  name!: string;

  @CurrencyField()
  currency!: string;

  @NestedField([DocumentRowInputDto], { description: 'the rows as entered, in their order' })
  rows!: DocumentRowInputDto[];

  @TextField({ nullable: true, description: 'the text above the rows (a template)' })
  intro!: string | null;

  @TextField({ nullable: true, description: 'the terms below the totals (a template)' })
  terms!: string | null;

  @IntField({ minimum: 1, description: 'days a quote made from it is valid' })
  validityDays!: number;
}
