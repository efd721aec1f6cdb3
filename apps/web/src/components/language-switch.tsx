import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/lib/i18n';
import { usePreferences } from '@/lib/preferences';
import { useSavePreferences, useSession } from '@/lib/session';

/** English or Russian, for this user: kept with their account once they are signed in. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = usePreferences();
  const session = useSession();
  const save = useSavePreferences();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => {
        const next = value as (typeof LANGUAGES)[number];
        setLanguage(next);
        if (session.data) save.mutate({ language: next });
      }}
      data={LANGUAGES.map((code) => ({
        value: code,
        label: <span title={t(`language.${code}`)}>{code.toUpperCase()}</span>,
      }))}
    />
  );
}
