import { Module } from '@nestjs/common';
import { UpcomingModule } from '../../../libs/crm/upcoming/upcoming.module';
import { UpcomingAutomationController } from './upcoming.controller';

@Module({ imports: [UpcomingModule], controllers: [UpcomingAutomationController] })
export class UpcomingApiModule {}
