import { Body, Controller, Get, HttpStatus, Post, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiHeader,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { type Response } from 'express';
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { PaymentsService, paymentView } from '../../../libs/crm/payments/payments.service';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../../libs/crm/payments/webhook-signature';
import { type Principal } from '../../../libs/crm/users/role';
import { created, ok, Operation, UuidParam, listOrCsv } from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { PaymentSignatureGuard } from './payment-signature.guard';
import { ListPaymentsQueryDto, MatchPaymentDto, PaymentReportDto } from './payments.dto';
import { AppliedPaymentDto, PaymentDto, UnmatchedPaymentDto } from './payments.views';

/** The payments webhook: where payment systems report money received. */
@ApiTags('integrations')
@ApiBearerAuth()
@Controller('api/v1/integrations')
export class PaymentsWebhookController {
  constructor(private readonly payments: PaymentsService) {}

  @Post('payments')
  @Roles('integration')
  @UseGuards(PaymentSignatureGuard)
  // Below the signature guard, so it runs first: a flood of bad signatures is counted too.
  @RateLimit('webhook', 'api-key')
  @ApiHeader({
    name: TIMESTAMP_HEADER,
    required: true,
    description: 'Unix seconds; at most 5 minutes off (401 otherwise)',
    schema: { type: 'string', pattern: '^\\d+$' },
  })
  @ApiHeader({
    name: SIGNATURE_HEADER,
    required: true,
    description:
      'sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" under the signing secret> (401 when missing or wrong)',
    schema: { type: 'string', pattern: '^sha256=[0-9a-f]{64}$' },
  })
  @Operation({
    id: 'receivePayment',
    summary: 'Report a payment received (payment systems’ webhook)',
    description:
      'Signed with the integration’s signing secret. Applied exactly once per external id: a repeat answers what the first delivery answered, with `Idempotent-Replayed: true`. A payment that does not fit its invoice (another currency, more than is outstanding, a cancelled invoice) is refused (422) and leaves nothing behind.',
    answer: created(AppliedPaymentDto, 'applied to its invoice'),
    problems: ['invalid-fields'],
  })
  @ApiExtraModels(AppliedPaymentDto, UnmatchedPaymentDto)
  @ApiResponse({
    status: HttpStatus.ACCEPTED,
    description: 'no invoice has its number: kept as unmatched for review',
    type: UnmatchedPaymentDto,
  })
  @ApiResponse({
    status: HttpStatus.OK,
    description: 'a repeat of an earlier delivery: its original answer',
    headers: {
      'Idempotent-Replayed': { description: '`true`', schema: { type: 'string', enum: ['true'] } },
    },
    schema: {
      oneOf: [
        { $ref: getSchemaPath(AppliedPaymentDto) },
        { $ref: getSchemaPath(UnmatchedPaymentDto) },
      ],
    },
  })
  async receive(
    @CurrentUser() p: Principal,
    @Body() body: PaymentReportDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const receipt = await this.payments.receive(p, { ...body, paidAt: new Date(body.paidAt) });
    res.status(receipt.httpStatus);
    if (receipt.httpStatus === HttpStatus.OK) res.setHeader('Idempotent-Replayed', 'true');
    return receipt.answer;
  }
}

/** Payments as recorded: read; an unmatched one matched to its invoice by an admin. */
@ApiTags('payments')
@ApiBearerAuth()
@Controller('api/v1/payments')
export class PaymentsController {
  constructor(
    private readonly payments: PaymentsService,
    private readonly exports: ListExport,
  ) {}

  @Get()
  @Operation({
    id: 'listPayments',
    summary: 'List payments',
    answer: listOrCsv(PageOf(PaymentDto), 'a page of the payments received'),
  })
  async list(
    @CurrentUser() p: Principal,
    @Query() query: ListPaymentsQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    return this.exports.answer({ query, accept, name: 'payments', item: PaymentDto }, async (q) => {
      const page = await this.payments.list(p, q);
      return { ...page, items: page.items.map(paymentView) };
    });
  }

  @Get(':id')
  @Operation({ id: 'getPayment', summary: 'Read a payment', answer: ok(PaymentDto, 'the payment') })
  async get(@CurrentUser() p: Principal, @UuidParam() id: string) {
    return paymentView(await this.payments.get(p, id));
  }

  @Post(':id/match')
  @Roles('admin')
  @Operation({
    id: 'matchPayment',
    summary: 'Match an unmatched payment to an invoice (admins)',
    description:
      'Applied as a payment the webhook matched: it must fit the invoice (its currency, no more than is outstanding, not cancelled: 422 naming `invoiceId` or the amount), the invoice becomes partially paid or paid, and the deal’s workflow hears `payment_received` (and `invoice_paid` once paid). Applied once: a payment matched already (by a repeat, or by another admin at the same moment) answers 409.',
    answer: ok(PaymentDto, 'the payment, applied to the invoice'),
    problems: ['invalid-fields', 'state-conflict'],
  })
  async match(@CurrentUser() p: Principal, @UuidParam() id: string, @Body() body: MatchPaymentDto) {
    return paymentView(await this.payments.match(p, id, body.invoiceId));
  }
}
