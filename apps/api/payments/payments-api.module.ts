import { Module } from '@nestjs/common';
import { PaymentsModule } from '../../../libs/crm/payments/payments.module';
import { PaymentSignatureGuard } from './payment-signature.guard';
import { PaymentsController, PaymentsWebhookController } from './payments.controller';

@Module({
  imports: [PaymentsModule],
  controllers: [PaymentsWebhookController, PaymentsController],
  providers: [PaymentSignatureGuard],
})
export class PaymentsApiModule {}
