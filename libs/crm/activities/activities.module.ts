import { Module } from '@nestjs/common';
import { AutomationModule } from '../../automation/client/automation.module';
import { ActivitiesService } from './activities.service';

@Module({
  imports: [AutomationModule],
  providers: [ActivitiesService],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
