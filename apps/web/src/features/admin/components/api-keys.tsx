import { Alert, Button, Code, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvLink } from '@/components/csv-link';
import { fieldErrors } from '@/lib/api';
import { useFormat } from '@/lib/preferences';
import { type User, useApiKeys, useIssueApiKey, useRevokeApiKey } from '../api/admin';

/**
 * A user's API keys: each by its name and first characters, revocable; a new one is shown once,
 * with an integration's signing secret, since only their hashes are kept.
 */
export function ApiKeys({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const keys = useApiKeys(user.id);
  const issue = useIssueApiKey(user.id);
  const revoke = useRevokeApiKey(user.id);
  const [name, setName] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    issue.mutate(name.trim(), { onSuccess: () => setName('') });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('admin.keysOf', { name: user.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        {issue.data && (
          <Alert color="teal.9" variant="outline" title={t('admin.keyIssued')}>
            <Text size="sm">{t('admin.shownOnce')}</Text>
            <Text size="sm" mt="xs">
              {t('admin.key')}: <Code>{issue.data.key}</Code>
            </Text>
            {issue.data.signingSecret && (
              <Text size="sm" mt="xs">
                {t('admin.signingSecret')}: <Code>{issue.data.signingSecret}</Code>
              </Text>
            )}
          </Alert>
        )}
        <form onSubmit={submit}>
          <Group align="flex-end">
            <TextInput
              label={t('admin.keyName')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={
                fieldErrors(issue.error).name ?? (issue.isError ? issue.error.message : undefined)
              }
            />
            <Button type="submit" loading={issue.isPending} disabled={!name.trim()}>
              {t('admin.issueKey')}
            </Button>
          </Group>
        </form>
        <Group justify="flex-end">
          <CsvLink path={`/api/v1/users/${user.id}/api-keys`} label={t('admin.keys')} />
        </Group>
        <Table aria-label={t('admin.keys')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.keyName')}</Table.Th>
              <Table.Th scope="col">{t('admin.prefix')}</Table.Th>
              <Table.Th scope="col">{t('records.created')}</Table.Th>
              <Table.Th scope="col">{t('myDay.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(keys.data ?? []).map((key) => (
              <Table.Tr key={key.id}>
                <Table.Td>{key.name}</Table.Td>
                <Table.Td>
                  <Code>{key.prefix}</Code>
                </Table.Td>
                <Table.Td>{format.date(key.createdAt)}</Table.Td>
                <Table.Td>
                  {key.revokedAt ? (
                    t('admin.revokedOn', { when: format.date(key.revokedAt) })
                  ) : (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      aria-label={t('admin.revokeKey', { name: key.name })}
                      loading={revoke.isPending && revoke.variables === key.id}
                      onClick={() => revoke.mutate(key.id)}
                    >
                      {t('admin.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {keys.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('dealPage.none')}
          </Text>
        )}
      </Stack>
    </Modal>
  );
}
