import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** What a screen that failed to load or render shows instead. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Stack p="md" maw={640}>
      <Alert color="red" title={t('app.failed', { message })} role="alert">
        <Button variant="light" onClick={() => window.location.reload()}>
          {t('app.retry')}
        </Button>
      </Alert>
    </Stack>
  );
}
