import { AutomationModule } from '../../../libs/automation/client/automation.module';
import { Module } from '@nestjs/common';
import { DealsModule } from '../../../libs/crm/deals/deals.module';
import { BoardModule } from '../../../libs/crm/board/board.module';
import { DealsController } from './deals.controller';

@Module({
  imports: [DealsModule, BoardModule, AutomationModule],
  controllers: [DealsController],
})
export class DealsApiModule {}
