import { Module } from '@nestjs/common';
import { AutomationModule } from '../../automation/client/automation.module';
import { MailModule } from '../../mail/mail.module';
import { ActivitiesService } from './activities.service';
import { ActivityEmailsService } from './activity-emails.service';

@Module({
  imports: [AutomationModule, MailModule],
  providers: [ActivitiesService, ActivityEmailsService],
  exports: [ActivitiesService, ActivityEmailsService],
})
export class ActivitiesModule {}
