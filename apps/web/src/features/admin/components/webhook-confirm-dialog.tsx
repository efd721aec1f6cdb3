import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type WebhookEndpoint,
  useRemoveWebhookEndpoint,
  useRotateWebhookSecret,
} from '../api/admin';

/** "New secret" and "Remove" ask first: neither can be undone. */
export function WebhookConfirmDialog({
  kind,
  endpoint,
  onClose,
  onSecret,
}: {
  kind: 'rotate' | 'remove';
  endpoint: WebhookEndpoint;
  onClose(): void;
  onSecret(secret: string): void;
}) {
  const { t } = useTranslation();
  const rotate = useRotateWebhookSecret();
  const remove = useRemoveWebhookEndpoint();
  const mutation = kind === 'rotate' ? rotate : remove;
  const go = () => {
    if (kind === 'rotate')
      rotate.mutate(endpoint.id, {
        onSuccess: (answer) => {
          onSecret(answer.secret);
          onClose();
        },
      });
    else remove.mutate(endpoint.id, { onSuccess: onClose });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(kind === 'rotate' ? 'webhooks.rotateNamed' : 'webhooks.removeNamed', {
        name: endpoint.name,
      })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        <Text size="sm">
          {t(kind === 'rotate' ? 'webhooks.rotateConfirm' : 'webhooks.removeConfirm', {
            name: endpoint.name,
          })}
        </Text>
        {mutation.isError && (
          <Alert color="red" role="alert">
            {mutation.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('catalogue.cancel')}
          </Button>
          <Button color="red.9" loading={mutation.isPending} onClick={go}>
            {t('webhooks.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
