import { Module } from '@nestjs/common';
import { AutomationModule } from '../../automation/client/automation.module';
import { MailModule } from '../../mail/mail.module';
import { ActivitiesService } from './activities.service';
import { ActivityAgendaService } from './activity-agenda.service';
import { ActivityEmailsService } from './activity-emails.service';
import { ActivityRemindersService } from './activity-reminders.service';

@Module({
  imports: [AutomationModule, MailModule],
  providers: [
    ActivitiesService,
    ActivityAgendaService,
    ActivityEmailsService,
    ActivityRemindersService,
  ],
  exports: [ActivitiesService, ActivityAgendaService, ActivityEmailsService],
})
export class ActivitiesModule {}
