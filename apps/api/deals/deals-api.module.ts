import { Module } from '@nestjs/common';
import { DealsModule } from '../../../libs/crm/deals/deals.module';
import { DealsController } from './deals.controller';

@Module({ imports: [DealsModule], controllers: [DealsController] })
export class DealsApiModule {}
