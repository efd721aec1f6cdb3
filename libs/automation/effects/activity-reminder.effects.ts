import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '../../config';
import { Activity } from '../../crm/activities/activity.entity';
import { activityRecordOf } from '../../crm/activities/activity-record';
import { reminderTimeOf } from '../../crm/activities/reminder-time';
import { User } from '../../crm/users/user.entity';
import { MailSender } from '../../mail/mail-sender';
import { textToHtml } from '../../crm/activities/activity-emails.service';
import type { ReminderEffectsApi, ReminderOutcome } from '../contract/activity-reminder.contract';

/**
 * The reminder effect: an email to the activity's responsible, keyed by the activity and the
 * time it was set for (so a retry, or a replay, never sends it twice, and a new time sends a new
 * one); linked to the activity's record, so its timeline shows it; noted on the activity
 * (`remindedAt`), which the web app shows.
 */
@Injectable()
export class ActivityReminderEffects implements ReminderEffectsApi {
  constructor(
    private readonly orm: MikroORM,
    private readonly mail: MailSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async remindOfActivity(input: {
    activityId: string;
    remindAt: number;
  }): Promise<ReminderOutcome> {
    const em = this.orm.em.fork();
    const activity = await em.findOne(Activity, { id: input.activityId });
    if (!activity) return { sent: false, why: 'the activity is gone' };
    if (activity.status !== 'planned')
      return { sent: false, why: `the activity is ${activity.status}` };
    if (activity.archivedAt) return { sent: false, why: 'the activity is archived' };
    if (reminderTimeOf(activity) !== input.remindAt)
      return { sent: false, why: 'the reminder was re-timed' };
    const responsible = await em.findOneOrFail(User, activity.responsible.id);
    if (!responsible.active) return { sent: false, why: 'the responsible is deactivated' };
    // Nobody has a time zone of their own yet: UTC, said so.
    const due = `${new Intl.DateTimeFormat(this.config.defaultLocale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(activity.dueAt)} UTC`;
    const record = activityRecordOf(activity);
    const link = `${this.config.publicUrl}/${record.type === 'company' ? 'companies' : `${record.type}s`}/${record.id}`;
    const text = [
      `Reminder: your ${activity.type} "${activity.subject}" is due at ${due}.`,
      activity.description ? `\n${activity.description}` : '',
      `\nOpen it in Voronka: ${link}`,
    ].join('\n');
    await this.mail.send({
      key: `activity-${activity.id}/reminder/${input.remindAt}`,
      to: responsible.email,
      subject: `Reminder: ${activity.subject}`.slice(0, 500),
      text,
      html: textToHtml(text),
      record,
    });
    await em.nativeUpdate(Activity, { id: activity.id }, { remindedAt: new Date() });
    return { sent: true };
  }
}
