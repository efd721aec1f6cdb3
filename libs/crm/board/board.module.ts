import { Module } from '@nestjs/common';
import { DealsModule } from '../deals/deals.module';
import { DealBoardService } from './deal-board.service';

/** What the web app's boards read: cards with their names and next activity, column totals. */
@Module({ imports: [DealsModule], providers: [DealBoardService], exports: [DealBoardService] })
export class BoardModule {}
