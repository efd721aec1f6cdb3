import { Module } from '@nestjs/common';
import { AutomationModule } from '../../automation/client/automation.module';
import { RulesModule } from '../../rules/publishing/rules.module';
import { DealsModule } from '../deals/deals.module';
import { StagesModule } from '../stages/stages.module';
import { LeadConversionService } from './lead-conversion.service';
import { LeadsService } from './leads.service';

@Module({
  imports: [RulesModule, DealsModule, AutomationModule, StagesModule],
  providers: [LeadsService, LeadConversionService],
  exports: [LeadsService, LeadConversionService],
})
export class LeadsModule {}
