import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/lib/i18n';
import { usePreferences } from '@/lib/preferences';

/** English or Russian, for this user. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = usePreferences();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => setLanguage(value as (typeof LANGUAGES)[number])}
      data={LANGUAGES.map((code) => ({
        value: code,
        label: <span title={t(`language.${code}`)}>{code.toUpperCase()}</span>,
      }))}
    />
  );
}
