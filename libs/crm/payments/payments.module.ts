import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AutomationModule } from '../../automation/client/automation.module';
import { Payment } from './payment.entity';
import { PaymentsService } from './payments.service';

@Module({
  imports: [MikroOrmModule.forFeature([Payment]), AutomationModule],
  providers: [PaymentsService],
  exports: [PaymentsService],
})
export class PaymentsModule {}
