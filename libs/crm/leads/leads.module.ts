import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AutomationModule } from '../../automation/client/automation.module';
import { RulesModule } from '../../rules/publishing/rules.module';
import { DealsModule } from '../deals/deals.module';
import { StageChange } from '../history/stage-change.entity';
import { Lead } from './lead.entity';
import { LeadsService } from './leads.service';

@Module({
  imports: [
    MikroOrmModule.forFeature([Lead, StageChange]),
    RulesModule,
    DealsModule,
    AutomationModule,
  ],
  providers: [LeadsService],
  exports: [LeadsService],
})
export class LeadsModule {}
