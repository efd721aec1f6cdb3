import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { ActivitiesService } from '../../crm/activities/activities.service';
import { type EffectInput, type MailEffectsApi } from '../contract/effects.contract';
import { type Mailed, RuleMailer } from './rule-mailer';

/** Emails of the rules: to the contact, the responsible or their head. */
@Injectable()
export class MailEffects implements MailEffectsApi {
  constructor(
    private readonly orm: MikroORM,
    private readonly mailer: RuleMailer,
    private readonly activities: ActivitiesService,
  ) {}

  sendEmail(input: EffectInput<'sendEmail'>): Promise<Mailed> {
    return this.mailer.send(input, input.template, input.to);
  }

  /** An escalation names the activity it is about; its template shows it. */
  async notify(input: EffectInput<'notify'>): Promise<Mailed> {
    const activity = input.activityKey
      ? await this.activities.findAutomated(
          this.orm.em.fork(),
          `${input.workflowId}/${input.activityKey}`,
        )
      : null;
    return this.mailer.send(input, input.template, input.to, {
      context: activity
        ? {
            activity: {
              subject: activity.subject,
              type: activity.type,
              due_at: activity.dueAt.toISOString(),
            },
          }
        : {},
    });
  }
}
