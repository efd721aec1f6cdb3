import { accountEmail } from './account-emails';

describe('account emails', () => {
  const expires = new Date('2026-03-08T09:00:00Z');

  it('writes the invitation in the language of the user, with the link and its expiry', () => {
    const mail = accountEmail(
      'invitation',
      'ru',
      'Ирина',
      'https://crm.example/set-password?token=a.b',
      expires,
      'Europe/Moscow',
    );
    expect(mail.subject).toBe('Приглашение в Воронку');
    expect(mail.text).toContain('https://crm.example/set-password?token=a.b');
    expect(mail.text).toContain('8 марта 2026');
    expect(mail.text).toContain('12:00');
  });

  it('escapes the name in the HTML part', () => {
    const mail = accountEmail(
      'reset',
      'en',
      '<b>Eve</b>',
      'https://crm.example/x?a=1&b=2',
      expires,
    );
    expect(mail.html).not.toContain('<b>Eve</b>');
    expect(mail.html).toContain('&#60;b&#62;Eve');
    expect(mail.html).toContain('href="https://crm.example/x?a=1&#38;b=2"');
    expect(mail.subject).toBe('Set a new Voronka password');
  });
});
