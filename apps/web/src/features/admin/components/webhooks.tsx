import { Alert, Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { useFormat } from '@/lib/preferences';
import { type WebhookEndpoint, useWebhookEndpoints } from '../api/admin';
import { WebhookConfirmDialog } from './webhook-confirm-dialog';
import { WebhookDeliveriesDialog } from './webhook-deliveries-dialog';
import { WebhookEditDialog } from './webhook-edit-dialog';
import { WebhookRegisterForm } from './webhook-register-form';

type Dialog = {
  kind: 'edit' | 'deliveries' | 'rotate' | 'remove';
  endpoint: WebhookEndpoint;
} | null;

/**
 * The outbound webhook endpoints the rules' post_webhook deliveries go to: register one (its
 * signing secret shown once), change its address or events, give it a new secret (shown once),
 * remove it, and read its deliveries with each attempt's answer.
 */
export function Webhooks() {
  const { t } = useTranslation();
  const format = useFormat();
  const endpoints = useWebhookEndpoints();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  if (endpoints.isPending) return <Loading />;
  if (endpoints.isError) throw endpoints.error;
  const close = () => setDialog(null);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('webhooks.intro')}
      </Text>
      {secret && (
        <Alert
          color="teal.9"
          variant="outline"
          title={t('webhooks.secretTitle', { name: secret.name })}
          withCloseButton
          closeButtonLabel={t('app.close')}
          onClose={() => setSecret(null)}
        >
          <Text size="sm">{t('admin.shownOnce')}</Text>
          <Code block mt="xs">
            {secret.secret}
          </Code>
        </Alert>
      )}
      <WebhookRegisterForm onRegistered={setSecret} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped aria-label={t('webhooks.tab')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('webhooks.name')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.url')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.events')}</Table.Th>
              <Table.Th scope="col">{t('records.created')}</Table.Th>
              <Table.Th scope="col">{t('myDay.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {endpoints.data.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Code>{e.name}</Code>
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{e.url}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {e.events.map((event) => (
                      <Badge key={event} variant="outline" color="blue.9" size="sm" tt="none">
                        {event}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{format.date(e.createdAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('webhooks.editNamed', { name: e.name })}
                      onClick={() => setDialog({ kind: 'edit', endpoint: e })}
                    >
                      {t('webhooks.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('webhooks.deliveriesNamed', { name: e.name })}
                      onClick={() => setDialog({ kind: 'deliveries', endpoint: e })}
                    >
                      {t('webhooks.deliveries')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('webhooks.rotateNamed', { name: e.name })}
                      onClick={() => setDialog({ kind: 'rotate', endpoint: e })}
                    >
                      {t('webhooks.rotate')}
                    </Button>
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      aria-label={t('webhooks.removeNamed', { name: e.name })}
                      onClick={() => setDialog({ kind: 'remove', endpoint: e })}
                    >
                      {t('webhooks.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!endpoints.data.length && (
        <Text size="sm" c="dimmed">
          {t('webhooks.none')}
        </Text>
      )}
      {dialog?.kind === 'edit' && <WebhookEditDialog endpoint={dialog.endpoint} onClose={close} />}
      {dialog?.kind === 'deliveries' && (
        <WebhookDeliveriesDialog endpoint={dialog.endpoint} onClose={close} />
      )}
      {(dialog?.kind === 'rotate' || dialog?.kind === 'remove') && (
        <WebhookConfirmDialog
          kind={dialog.kind}
          endpoint={dialog.endpoint}
          onClose={close}
          onSecret={(s) => setSecret({ name: dialog.endpoint.name, secret: s })}
        />
      )}
    </Stack>
  );
}
