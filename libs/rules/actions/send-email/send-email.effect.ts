import { type EffectTarget } from '../kit/action-plugin';
import { type SendEmailEffectsApi } from './send-email.action';

/** What the effect needs from the worker: the rules' mailer (sends once per key). */
export interface SendEmailPorts {
  mailer: {
    send(
      target: EffectTarget,
      template: string,
      to: 'contact' | 'responsible',
    ): Promise<{ sentTo: string | null; note?: string }>;
  };
}

/** The effect of send_email: the template to the contact or the responsible, once per key. */
export function sendEmailEffects({ mailer }: SendEmailPorts): SendEmailEffectsApi {
  return { sendEmail: (input) => mailer.send(input, input.template, input.to) };
}
