import { defineAction, type EffectTarget } from '../kit/action-plugin';

/** `notify: { template: overdue-call, to: head }`: a template to the responsible or their head. */
export interface Notify {
  template: string;
  to: 'responsible' | 'head';
}

/** An escalation's notification names the activity it is about (its template shows it). */
export type NotifyCommand = Notify & { activityKey?: string };

export interface NotifyEffectsApi {
  notify(input: EffectTarget & NotifyCommand): Promise<{ sentTo: string | null; note?: string }>;
}

export const notifyAction = defineAction<'notify', Notify, NotifyCommand, NotifyEffectsApi>({
  type: 'notify',
  settings: { template: 'required', to: 'required' },
  read(a, reader) {
    const template = reader.templateRef(a.template, ['template']);
    if (a.to !== 'responsible' && a.to !== 'head') {
      reader.error(['to'], 'to is responsible or head');
      return undefined;
    }
    return template ? { template, to: a.to } : undefined;
  },
  describe: (a) => `notify ${a.to} (template ${a.template})`,
  command: (a, _at, activityKey) => ({
    template: a.template,
    to: a.to,
    ...(activityKey ? { activityKey } : {}),
  }),
  timeline: (c) => ({ kind: 'notify', text: `${c.to}: ${c.template}` }),
  async carryOut(c, run) {
    await run.effects.notify({
      ...run.target(c.key),
      template: c.template,
      to: c.to,
      ...(c.activityKey ? { activityKey: c.activityKey } : {}),
    });
    return undefined;
  },
});
