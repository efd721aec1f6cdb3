import { type Language } from '../users/language';

/** The set-password link in an email: an invitation to a new user, or a "forgot password". */
export interface AccountEmail {
  subject: string;
  text: string;
  html: string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const TEXTS = {
  en: {
    invitation: {
      subject: 'You are invited to Voronka',
      body: (name: string) =>
        `Hello ${name},\n\nyou have been invited to Voronka. Set your password to sign in:`,
      action: 'Set my password',
    },
    reset: {
      subject: 'Set a new Voronka password',
      body: (name: string) =>
        `Hello ${name},\n\nsomeone (we hope you) asked to set a new password. Set it here:`,
      action: 'Set a new password',
    },
    expires: (when: string) =>
      `The link works until ${when}. If you did not expect this email, ignore it.`,
  },
  ru: {
    invitation: {
      subject: 'Приглашение в Воронку',
      body: (name: string) =>
        `Здравствуйте, ${name}!\n\nВас пригласили в Воронку. Задайте пароль, чтобы войти:`,
      action: 'Задать пароль',
    },
    reset: {
      subject: 'Новый пароль для Воронки',
      body: (name: string) =>
        `Здравствуйте, ${name}!\n\nКто-то (надеемся, вы) попросил задать новый пароль. Задайте его здесь:`,
      action: 'Задать новый пароль',
    },
    expires: (when: string) =>
      `Ссылка действует до ${when}. Если вы не ждали этого письма, просто не отвечайте на него.`,
  },
} as const;

export function accountEmail(
  kind: 'invitation' | 'reset',
  language: Language,
  name: string,
  url: string,
  expiresAt: Date,
  timeZone = 'UTC',
): AccountEmail {
  const texts = TEXTS[language];
  const when = new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(expiresAt);
  const body = texts[kind].body(name);
  const expires = texts.expires(when);
  return {
    subject: texts[kind].subject,
    text: `${body}\n\n${url}\n\n${expires}\n`,
    html:
      `<p>${escape(body).replace(/\n\n/g, '</p><p>')}</p>` +
      `<p><a href="${escape(url)}">${escape(texts[kind].action)}</a></p>` +
      `<p>${escape(expires)}</p>`,
  };
}
