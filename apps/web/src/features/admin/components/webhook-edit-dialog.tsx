import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '@/lib/api';
import { type WebhookEndpoint, useUpdateWebhookEndpoint } from '../api/admin';
import { WebhookEventsInput } from './webhook-events-input';

/** Changes an endpoint's address or events. */
export function WebhookEditDialog({
  endpoint,
  onClose,
}: {
  endpoint: WebhookEndpoint;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const update = useUpdateWebhookEndpoint();
  const [url, setUrl] = useState(endpoint.url);
  const [events, setEvents] = useState(endpoint.events);
  const errors = fieldErrors(update.error);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    update.mutate(
      { id: endpoint.id, changes: { url: url.trim(), events } },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('webhooks.editTitle', { name: endpoint.name })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            type="url"
            label={t('webhooks.url')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={errors.url}
            required
            data-autofocus
          />
          <WebhookEventsInput events={events} onChange={setEvents} errors={errors} />
          {update.isError && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {update.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('catalogue.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('dealPage.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
