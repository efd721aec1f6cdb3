import { defineAction, type EffectTarget } from '../kit/action-plugin';

/** `send_email: { template: welcome, to: contact }`: one of the rules' templates, by email. */
export interface SendEmail {
  template: string;
  to: 'contact' | 'responsible';
}

export interface SendEmailEffectsApi {
  sendEmail(input: EffectTarget & SendEmail): Promise<{ sentTo: string | null; note?: string }>;
}

export const sendEmailAction = defineAction<
  'send_email',
  SendEmail,
  SendEmail,
  SendEmailEffectsApi
>({
  type: 'send_email',
  settings: { template: 'required', to: 'required' },
  read(a, reader) {
    const template = reader.templateRef(a.template, ['template']);
    if (a.to !== 'contact' && a.to !== 'responsible') {
      reader.error(['to'], 'to is contact or responsible');
      return undefined;
    }
    return template ? { template, to: a.to } : undefined;
  },
  describe: (a) => `email ${a.to} (template ${a.template})`,
  command: (a) => ({ template: a.template, to: a.to }),
  timeline: (c) => ({ kind: 'email', text: `to ${c.to}: ${c.template}` }),
  async carryOut(c, run) {
    await run.effects.sendEmail({ ...run.target(c.key), template: c.template, to: c.to });
    return undefined;
  },
});
