import { Module } from '@nestjs/common';
import { RulesModule } from '../rules/publishing/rules.module';
import { AutomationClient } from './automation-client';

/** The client side of the record workflows (start, signal, update, query); needs Temporal's Client. */
@Module({
  imports: [RulesModule],
  providers: [AutomationClient],
  exports: [AutomationClient],
})
export class AutomationModule {}
