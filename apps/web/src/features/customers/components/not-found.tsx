import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { ApiError } from '@/lib/api';

/** A contact or a company that cannot be read: none by that id, or not the user's to see. */
export function CustomerNotFound({
  error,
  title,
  text,
  back,
}: {
  error: Error;
  title: string;
  text: string;
  back: { to: string; label: string };
}) {
  const status = error instanceof ApiError ? error.status : 0;
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
