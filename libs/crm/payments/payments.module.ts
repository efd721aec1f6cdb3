import { Module } from '@nestjs/common';
import { AutomationModule } from '../../automation/client/automation.module';
import { PaymentsService } from './payments.service';

@Module({
  imports: [AutomationModule],
  providers: [PaymentsService],
  exports: [PaymentsService],
})
export class PaymentsModule {}
