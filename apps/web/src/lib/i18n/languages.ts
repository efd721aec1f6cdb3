export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The first of the browser's languages that is one of ours, else English. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The locale that dates and numbers are formatted in: the browser's own tag for that language
 * when it has one with a region (en-US, ru-RU), else a default region for it.
 */
export function localeFor(language: Language, browser: readonly string[]): string {
  const same = browser.find((tag) => tag.toLowerCase().split('-')[0] === language);
  if (same && same.includes('-')) return same;
  return language === 'ru' ? 'ru-RU' : 'en-GB';
}
