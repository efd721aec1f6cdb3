import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { ApiError } from '@/lib/api';

/**
 * A contact or a company that cannot be read: none by that id, or not the user's to see; or merged
 * into another (410), which is linked.
 */
export function CustomerNotFound({
  error,
  title,
  text,
  page,
  back,
}: {
  error: Error;
  title: string;
  text: string;
  /** Where records of this kind are shown (`/contacts`). */
  page: string;
  back: { to: string; label: string };
}) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  if (error instanceof ApiError && error.mergedInto)
    return (
      <Page title={title}>
        <Alert color="blue" role="status" title={t('duplicates.mergedTitle')}>
          {t('duplicates.mergedText')}
        </Alert>
        <Anchor component={Link} to={`${page}/${error.mergedInto}`}>
          {t('duplicates.openSurvivor')}
        </Anchor>
      </Page>
    );
  return (
    <Page title={title}>
      <Alert color="red" role="alert">
        {status === 404 || status === 403 ? text : error.message}
      </Alert>
      <Anchor component={Link} to={back.to}>
        {back.label}
      </Anchor>
    </Page>
  );
}
