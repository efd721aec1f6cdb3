import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useFormat } from '@/lib/preferences';

export function HomeRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Page title={t('home.title')}>
      <Text>{t('home.welcome')}</Text>
      <Text>{t('home.today', { date: format.date(new Date()) })}</Text>
    </Page>
  );
}
