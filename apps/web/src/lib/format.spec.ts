import { createFormatter } from './format';
import { browserLanguage, localeFor } from './i18n/languages';

describe('formatting in the user locale and time zone', () => {
  const at = '2026-03-05T22:30:00Z';

  it('writes dates and times in the time zone, not the machine one', () => {
    const berlin = createFormatter('en-GB', 'Europe/Berlin');
    const moscow = createFormatter('ru-RU', 'Europe/Moscow');
    expect(berlin.date(at)).toBe('5 Mar 2026');
    expect(berlin.time(at)).toBe('23:30');
    // Already the next day in Moscow.
    expect(moscow.date(at)).toBe('6 мар. 2026 г.');
    expect(moscow.time(at)).toBe('01:30');
  });

  it('writes money from decimal strings exactly, with the currency of the amount', () => {
    expect(createFormatter('en-US', 'UTC').money('1234567.89', 'USD')).toBe('$1,234,567.89');
    expect(createFormatter('en-US', 'UTC').money('0.10', 'EUR')).toBe('€0.10');
    // 17 significant digits survive: no float in between.
    expect(createFormatter('en-US', 'UTC').money('12345678901234.57', 'USD')).toBe(
      '$12,345,678,901,234.57',
    );
    expect(createFormatter('ru-RU', 'UTC').money('1500', 'RUB').replace(/\s/g, ' ')).toBe(
      '1 500,00 ₽',
    );
  });

  it('writes numbers and relative times in the language', () => {
    expect(createFormatter('ru-RU', 'UTC').number(12500).replace(/\s/g, ' ')).toBe('12 500');
    const now = new Date('2026-03-05T12:00:00Z');
    expect(createFormatter('en-GB', 'UTC').relative('2026-03-05T15:00:00Z', now)).toBe(
      'in 3 hours',
    );
    expect(createFormatter('en-GB', 'UTC').relative('2026-03-03T12:00:00Z', now)).toBe(
      '2 days ago',
    );
    expect(createFormatter('ru-RU', 'UTC').relative('2026-03-06T12:00:00Z', now)).toBe('завтра');
  });
});

describe('shares and spans of time', () => {
  it('says a share as a percentage and a span in its largest unit, in the locale', () => {
    const en = createFormatter('en-GB', 'UTC');
    expect(en.percent(0.6667)).toBe('66.7%');
    expect(en.duration(3.5 * 86400)).toBe('3.5 days');
    expect(en.duration(5 * 3600)).toBe('5 hours');
    expect(en.duration(20 * 60)).toBe('20 minutes');
    expect(en.duration(10)).toBe('0.2 minutes');
    expect(createFormatter('ru-RU', 'UTC').duration(2 * 86400)).toBe('2 дня');
  });
});

describe('language and locale', () => {
  it("takes the browser's first language that the app speaks", () => {
    expect(browserLanguage(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(browserLanguage(['fr'])).toBe('en');
  });

  it("keeps the browser's region for the chosen language, else a default one", () => {
    expect(localeFor('en', ['en-US', 'ru'])).toBe('en-US');
    expect(localeFor('ru', ['en-US', 'ru'])).toBe('ru-RU');
    expect(localeFor('en', ['ru-RU'])).toBe('en-GB');
  });
});
