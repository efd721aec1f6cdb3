import { INVOICE_STATUSES } from '../../../libs/crm/documents/invoice.entity';
import { QUOTE_STATUSES } from '../../../libs/crm/documents/quote.entity';
import {
  BoolField,
  CurrencyField,
  DateField,
  DateTimeField,
  DecimalField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';
import { OwnedRecordDto } from '../openapi/record.dto';

const AMOUNT = 'in the document’s currency, at its minor units (USD 2 decimals)';

/** A row of a quote or invoice; its amounts computed by the server (rowView). */
export class DocumentRowDto {
  @UuidField()
  id!: string;

  @IntField({ minimum: 0, description: 'its place in the document' })
  position!: number;

  @UuidField({ nullable: true, description: 'the product it came from; null for a free row' })
  productId!: string | null;

  @TextField({ example: 'Onboarding workshop' })
  name!: string;

  @TextField({ example: 'h' })
  unit!: string;

  @DecimalField({ description: '3 decimals', example: '2.000' })
  quantity!: string;

  @DecimalField({ description: '4 decimals', example: '150.0000' })
  unitPrice!: string;

  @DecimalField({ description: 'per cent, 2 decimals', example: '10.00' })
  discountPercent!: string;

  @DecimalField({ description: 'per cent, 2 decimals', example: '20.00' })
  taxRate!: string;

  @BoolField({ description: 'whether the unit price includes the tax' })
  taxIncluded!: boolean;

  @DecimalField({ description: AMOUNT })
  gross!: string;

  @DecimalField({ description: AMOUNT })
  discount!: string;

  @DecimalField({ description: AMOUNT })
  net!: string;

  @DecimalField({ description: AMOUNT })
  tax!: string;

  @DecimalField({ description: AMOUNT })
  total!: string;
}

/** The totals of a document, the sums of its rows. */
export class DocumentTotalsDto {
  @DecimalField({ description: AMOUNT })
  gross!: string;

  @DecimalField({ description: AMOUNT })
  discount!: string;

  @DecimalField({ description: AMOUNT })
  net!: string;

  @DecimalField({ description: AMOUNT })
  tax!: string;

  @DecimalField({ description: AMOUNT })
  total!: string;
}

/** What quotes and invoices share (documentView). */
abstract class SalesDocumentDto extends OwnedRecordDto {
  @TextField({ description: 'unique and gap-free per year', example: 'Q-2026-0001' })
  number!: string;

  @CurrencyField()
  currency!: string;

  @UuidField({ nullable: true })
  dealId!: string | null;

  @UuidField({ nullable: true })
  companyId!: string | null;

  @UuidField({ nullable: true })
  contactId!: string | null;

  @TextField({ nullable: true })
  notes!: string | null;

  @NestedField([DocumentRowDto], { description: 'in their order' })
  rows!: DocumentRowDto[];

  @NestedField(DocumentTotalsDto)
  totals!: DocumentTotalsDto;
}

/** A quote as the API answers it (quoteView in libs/crm/documents). */
export class QuoteDto extends SalesDocumentDto {
  @EnumField(QUOTE_STATUSES)
  status!: string;

  @DateField({ nullable: true, description: 'the last day the customer may accept it' })
  validUntil!: string | null;

  @UuidField({ nullable: true, description: 'the quote template it was made from' })
  templateId!: string | null;

  @TextField({ nullable: true, description: 'the text above the rows' })
  intro!: string | null;

  @TextField({ nullable: true, description: 'the terms below the totals' })
  terms!: string | null;

  @DateTimeField({
    nullable: true,
    description: 'when it expired: its validity date was over and nobody had answered it',
  })
  expiredAt!: string | null;
}

/** An invoice as the API answers it (invoiceView in libs/crm/documents). */
export class InvoiceDto extends SalesDocumentDto {
  @EnumField(INVOICE_STATUSES)
  status!: string;

  @DateField()
  dueDate!: string;

  @DecimalField({ description: AMOUNT })
  amountPaid!: string;

  @UuidField({ nullable: true, description: 'the quote it was made from' })
  quoteId!: string | null;

  @DateTimeField({
    nullable: true,
    description: 'when it became overdue: its due date was over and it was not paid',
  })
  overdueAt!: string | null;

  @DateTimeField({ nullable: true, description: 'when it was cancelled' })
  cancelledAt!: string | null;

  @UuidField({ nullable: true, description: 'who cancelled it (a head of sales or an admin)' })
  cancelledById!: string | null;

  @TextField({ nullable: true, description: 'why it was cancelled' })
  cancelReason!: string | null;
}
