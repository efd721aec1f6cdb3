import { Module } from '@nestjs/common';
import { StagesModule } from '../stages/stages.module';
import { DealProductsService } from './deal-products.service';

@Module({
  imports: [StagesModule],
  providers: [DealProductsService],
  exports: [DealProductsService],
})
export class DealProductsModule {}
