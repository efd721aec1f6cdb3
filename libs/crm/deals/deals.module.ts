import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AutomationModule } from '../../automation/client/automation.module';
import { RulesModule } from '../../rules/publishing/rules.module';
import { StageChange } from '../history/stage-change.entity';
import { Deal } from './deal.entity';
import { DealsService } from './deals.service';

@Module({
  imports: [MikroOrmModule.forFeature([Deal, StageChange]), RulesModule, AutomationModule],
  providers: [DealsService],
  exports: [DealsService],
})
export class DealsModule {}
