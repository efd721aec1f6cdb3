import { AutomationModule } from '../../../libs/automation/client/automation.module';
import { Module } from '@nestjs/common';
import { LeadsModule } from '../../../libs/crm/leads/leads.module';
import { LeadsController } from './leads.controller';

@Module({ imports: [LeadsModule, AutomationModule], controllers: [LeadsController] })
export class LeadsApiModule {}
