import {
  Body,
  Controller,
  Get,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { type Response } from 'express';
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { PaymentsService, paymentView } from '../../../libs/crm/payments/payments.service';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../../libs/crm/payments/webhook-signature';
import { type Principal } from '../../../libs/crm/users/role';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { PaymentSignatureGuard } from './payment-signature.guard';
import { ListPaymentsQueryDto, PaymentReportDto } from './payments.dto';

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
  @ApiHeader({ name: TIMESTAMP_HEADER, description: 'Unix seconds; at most 5 minutes off' })
  @ApiHeader({
    name: SIGNATURE_HEADER,
    description: 'sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" under the signing secret>',
  })
  @ApiCreatedResponse({ description: 'applied to its invoice' })
  @ApiAcceptedResponse({ description: 'no such invoice: kept as unmatched for review' })
  @ApiOkResponse({ description: 'a repeat of an earlier delivery: its original answer' })
  @ApiUnauthorizedResponse({ description: 'no key, or a missing, wrong or stale signature' })
  @ApiUnprocessableEntityResponse({
    description: 'does not fit the invoice (currency, more than outstanding, cancelled)',
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

/** Payments as recorded: read only. */
@ApiTags('payments')
@ApiBearerAuth()
@Controller('api/v1/payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Get()
  async list(@CurrentUser() p: Principal, @Query() query: ListPaymentsQueryDto) {
    const page = await this.payments.list(p, query);
    return { ...page, items: page.items.map(paymentView) };
  }

  @Get(':id')
  async get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return paymentView(await this.payments.get(p, id));
  }
}
