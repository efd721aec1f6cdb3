import { AutomationModule } from '../../../libs/automation/client/automation.module';
import { Module } from '@nestjs/common';
import { DealsModule } from '../../../libs/crm/deals/deals.module';
import { BoardModule } from '../../../libs/crm/board/board.module';
import { DealProductsModule } from '../../../libs/crm/deal-products/deal-products.module';
import { DealsController } from './deals.controller';

@Module({
  imports: [DealsModule, BoardModule, AutomationModule, DealProductsModule],
  controllers: [DealsController],
})
export class DealsApiModule {}
