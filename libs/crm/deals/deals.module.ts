import { Module } from '@nestjs/common';
import { AutomationModule } from '../../automation/client/automation.module';
import { RulesModule } from '../../rules/publishing/rules.module';
import { StagesModule } from '../stages/stages.module';
import { DealsService } from './deals.service';

@Module({
  imports: [RulesModule, AutomationModule, StagesModule],
  providers: [DealsService],
  exports: [DealsService],
})
export class DealsModule {}
