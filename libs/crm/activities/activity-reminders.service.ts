import { Injectable } from '@nestjs/common';
import { AutomationClient } from '../../automation/client/automation-client';
import { type Activity } from './activity.entity';
import { reminderTimeOf } from './reminder-time';

/** When an activity's reminder workflow reminds its responsible, kept in step with the activity. */
@Injectable()
export class ActivityRemindersService {
  constructor(private readonly automation: AutomationClient) {}

  /**
   * Tells the activity's reminder workflow its time: when the planned activity, due in the
   * future, reminds; else (done, cancelled, archived, no reminder, due already) that it does not,
   * if it had one (`had`).
   */
  async retime(activity: Activity, had: boolean): Promise<void> {
    const at = reminderTimeOf(activity);
    const live =
      at !== null &&
      activity.status === 'planned' &&
      !activity.archivedAt &&
      activity.dueAt.getTime() > Date.now();
    if (live) await this.automation.timeReminder(activity.id, at);
    else if (had) await this.automation.timeReminder(activity.id, null);
  }
}
