import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('app.notFound')}>
      <Text>
        <Anchor component={Link} to="/">
          {t('app.backHome')}
        </Anchor>
      </Text>
    </Page>
  );
}
