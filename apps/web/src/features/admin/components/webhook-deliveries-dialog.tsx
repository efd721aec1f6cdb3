import { Alert, Badge, Code, List, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { useFormat } from '@/lib/preferences';
import { type WebhookEndpoint, useWebhookDeliveries } from '../api/admin';

/** An endpoint's deliveries, each attempt with its answer. */
export function WebhookDeliveriesDialog({
  endpoint,
  onClose,
}: {
  endpoint: WebhookEndpoint;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const deliveries = useWebhookDeliveries(endpoint.id);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('webhooks.deliveriesNamed', { name: endpoint.name })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {deliveries.isPending ? (
        <Loading />
      ) : deliveries.isError ? (
        <Alert color="red" role="alert">
          {deliveries.error.message}
        </Alert>
      ) : deliveries.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('webhooks.noDeliveries')}
        </Text>
      ) : (
        <Table aria-label={t('webhooks.deliveries')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('records.created')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.event')}</Table.Th>
              <Table.Th scope="col">{t('records.status')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.attempts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deliveries.data.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{format.dateTime(d.createdAt)}</Table.Td>
                <Table.Td>
                  <Code>{d.event}</Code>
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="outline"
                    color={
                      d.status === 'failed'
                        ? 'red.9'
                        : d.status === 'delivered'
                          ? 'teal.9'
                          : 'blue.9'
                    }
                  >
                    {t(`webhooks.status.${d.status}`)}
                  </Badge>
                  {d.failure && (
                    <Text size="xs" c="red.9">
                      {d.failure}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <List size="xs">
                    {d.attempts.map((a) => (
                      <List.Item key={a.number}>
                        {t('webhooks.attempt', {
                          number: a.number,
                          when: format.dateTime(a.at),
                          status: a.status ?? t('webhooks.noAnswer'),
                          ms: a.durationMs,
                        })}
                      </List.Item>
                    ))}
                  </List>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}
