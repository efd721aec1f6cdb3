import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { createFormatter, type Formatter } from './format';
import { browserLanguage, i18n, isLanguage, type Language, localeFor } from './i18n';

const STORAGE_KEY = 'voronka.language';

export interface Preferences {
  language: Language;
  /** A BCP 47 locale for Intl: the language with the browser's region where they agree. */
  locale: string;
  timeZone: string;
  format: Formatter;
  setLanguage(language: Language): void;
  setTimeZone(timeZone: string): void;
}

const PreferencesContext = createContext<Preferences | null>(null);

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : browserLanguage(navigator.languages);
}

/**
 * The user's language and time zone: the texts (i18next) and every date, amount and number
 * (Intl) follow them. Kept in the browser until the user's own settings are known.
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const [timeZone, setTimeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);

  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<Preferences>(() => {
    const locale = localeFor(language, navigator.languages);
    return {
      language,
      locale,
      timeZone,
      format: createFormatter(locale, timeZone),
      setLanguage,
      setTimeZone,
    };
  }, [language, timeZone, setLanguage]);

  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences outside PreferencesProvider');
  return preferences;
}

/** The user's formatter for dates, money and numbers. */
export function useFormat(): Formatter {
  return usePreferences().format;
}
