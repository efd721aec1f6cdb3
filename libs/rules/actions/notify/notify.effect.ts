import { type EffectTarget } from '../kit/action-plugin';
import { type NotifyEffectsApi } from './notify.action';

/** What the effect needs from the worker: the rules' mailer, and the activities the rules made. */
export interface NotifyPorts {
  mailer: {
    send(
      target: EffectTarget,
      template: string,
      to: 'responsible' | 'head',
      extras: { context: Record<string, Record<string, string>> },
    ): Promise<{ sentTo: string | null; note?: string }>;
  };
  /** The activity the rules created under this automation key, if it is there. */
  automatedActivity(
    automationKey: string,
  ): Promise<{ subject: string; type: string; dueAt: Date } | null>;
}

/** The effect of notify: an escalation names the activity it is about (its template shows it). */
export function notifyEffects({ mailer, automatedActivity }: NotifyPorts): NotifyEffectsApi {
  return {
    async notify(input) {
      const activity = input.activityKey
        ? await automatedActivity(`${input.workflowId}/${input.activityKey}`)
        : null;
      return mailer.send(input, input.template, input.to, {
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
    },
  };
}
