import { Module } from '@nestjs/common';
import { AutomationClient } from './automation-client';

/** The client side of the record workflows (start, signal, update, query); needs Temporal's Client. */
@Module({
  providers: [AutomationClient],
  exports: [AutomationClient],
})
export class AutomationModule {}
