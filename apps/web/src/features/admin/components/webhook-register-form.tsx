import { Alert, Button, Group, Paper, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '@/lib/api';
import { useRegisterWebhookEndpoint } from '../api/admin';
import { WebhookEventsInput } from './webhook-events-input';

/** Registers an endpoint; its signing secret goes to `onRegistered`, to be shown once. */
export function WebhookRegisterForm({
  onRegistered,
}: {
  onRegistered(s: { name: string; secret: string }): void;
}) {
  const { t } = useTranslation();
  const register = useRegisterWebhookEndpoint();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const errors = fieldErrors(register.error);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    register.mutate(
      { name: name.trim(), url: url.trim(), events },
      {
        onSuccess: (created) => {
          onRegistered({ name: created.name, secret: created.secret });
          setName('');
          setUrl('');
          setEvents([]);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="webhook-register">
      <Title id="webhook-register" order={2} size="h4" mb="sm">
        {t('webhooks.register')}
      </Title>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('webhooks.name')}
            description={t('webhooks.nameHint')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
          />
          <TextInput
            type="url"
            label={t('webhooks.url')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={errors.url}
            required
          />
          <WebhookEventsInput events={events} onChange={setEvents} errors={errors} />
        </SimpleGrid>
        {register.isError && !Object.keys(errors).length && (
          <Alert color="red" role="alert" mt="md">
            {register.error.message}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={register.isPending}>
            {t('webhooks.register')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
