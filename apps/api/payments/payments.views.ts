import { INVOICE_STATUSES } from '../../../libs/crm/documents/invoice.entity';
import { PAYMENT_STATUSES } from '../../../libs/crm/payments/payment.entity';
import {
  CurrencyField,
  DateTimeField,
  DecimalField,
  EnumField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';

const AMOUNT = 'in its currency, at its minor units (USD 2 decimals)';

/** A payment as recorded (paymentView in libs/crm/payments). */
export class PaymentDto {
  @UuidField()
  id!: string;

  @TextField({ description: 'the payment system’s id of the payment', example: 'pay_81723' })
  externalId!: string;

  @EnumField(PAYMENT_STATUSES, {
    description: '`unmatched`: no invoice had its number; kept for review',
  })
  status!: string;

  @UuidField({ nullable: true, description: 'the invoice it was applied to' })
  invoiceId!: string | null;

  @TextField({
    description: 'the invoice number the payment system sent',
    example: 'INV-2026-0001',
  })
  invoiceNumber!: string;

  @DecimalField({ description: AMOUNT })
  amount!: string;

  @CurrencyField()
  currency!: string;

  @DateTimeField({ description: 'when the customer paid' })
  paidAt!: string;

  @DateTimeField({ description: 'when the webhook received it' })
  receivedAt!: string;

  @UuidField({ description: 'the integration (its user) that reported it' })
  integrationId!: string;

  @DateTimeField({
    nullable: true,
    description: 'when an admin matched it to an invoice (it came unmatched); null otherwise',
  })
  matchedAt!: string | null;

  @UuidField({ nullable: true, description: 'the admin who matched it' })
  matchedById!: string | null;
}

/** The invoice a payment was applied to, as it stands after it. */
export class PaidInvoiceDto {
  @UuidField()
  id!: string;

  @TextField({ example: 'INV-2026-0001' })
  number!: string;

  @EnumField(INVOICE_STATUSES, { description: '`paid` or `partially_paid`' })
  status!: string;

  @DecimalField({ description: AMOUNT })
  total!: string;

  @DecimalField({ description: AMOUNT })
  amountPaid!: string;

  @DecimalField({ description: AMOUNT })
  outstanding!: string;
}

/** The webhook's answer to a payment applied to its invoice (201, and 200 when repeated). */
export class AppliedPaymentDto {
  @UuidField()
  paymentId!: string;

  @TextField()
  externalId!: string;

  @EnumField(['applied'])
  status!: string;

  @DecimalField({ description: AMOUNT })
  amount!: string;

  @CurrencyField()
  currency!: string;

  @NestedField(PaidInvoiceDto)
  invoice!: PaidInvoiceDto;
}

/** The webhook's answer to a payment for no known invoice (202, and 200 when repeated). */
export class UnmatchedPaymentDto {
  @UuidField()
  paymentId!: string;

  @TextField()
  externalId!: string;

  @EnumField(['unmatched'])
  status!: string;

  @TextField({ example: 'INV-2026-0099' })
  invoiceNumber!: string;

  @TextField({ description: 'for people: why it was kept' })
  detail!: string;
}
