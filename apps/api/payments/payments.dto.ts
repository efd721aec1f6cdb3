import { IsOmittable } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { IsAmount, IsCurrency } from '../../../libs/crm/money/money.validators';
import { PAYMENT_STATUSES, type PaymentStatus } from '../../../libs/crm/payments/payment.entity';

/** What a payment system reports: the body of `POST /api/v1/integrations/payments`. */
export class PaymentReportDto {
  @ApiProperty({
    example: 'pay_8f2c1',
    description: 'the payment system’s id: a repeat of it applies nothing',
  })
  @IsString()
  @Length(1, 200)
  externalId!: string;

  @ApiProperty({ example: 'INV-2026-00042' })
  @IsString()
  @Length(1, 64)
  invoiceNumber!: string;

  @ApiProperty({ example: '1200.00', description: 'decimal string, more than zero' })
  @IsAmount()
  amount!: string;

  @ApiProperty({ example: 'USD' })
  @IsCurrency()
  currency!: string;

  @ApiProperty({ example: '2026-11-28T10:15:00Z' })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/, {
    message: 'paidAt must be a date and time with a zone, like 2026-11-28T10:15:00Z',
  })
  paidAt!: string;
}

export class ListPaymentsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: PAYMENT_STATUSES })
  @IsOmittable()
  @IsIn(PAYMENT_STATUSES)
  status?: PaymentStatus;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  invoiceId?: string;

  @ApiPropertyOptional({ description: 'search in the external id and the invoice number' })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** The body of `POST /api/v1/payments/{id}/match`. */
export class MatchPaymentDto {
  @ApiProperty({ description: 'the invoice the unmatched payment pays' })
  @IsUUID()
  invoiceId!: string;
}
