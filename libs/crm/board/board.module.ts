import { Module } from '@nestjs/common';
import { RulesModule } from '../../rules/publishing/rules.module';
import { DealsModule } from '../deals/deals.module';
import { DealBoardService } from './deal-board.service';

/**
 * What the web app's boards read: a pipeline's board at once (columns, counts, first cards), cards
 * with their names and next activity, column totals.
 */
@Module({
  imports: [DealsModule, RulesModule],
  providers: [DealBoardService],
  exports: [DealBoardService],
})
export class BoardModule {}
