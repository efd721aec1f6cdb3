import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Table,
  Tabs,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CsvLink } from '@/components/csv-link';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { fieldErrors } from '@/lib/api';
import { useFormat } from '@/lib/preferences';
import {
  type Invitation,
  type Team,
  type User,
  useCreateTeam,
  useInvite,
  useTeams,
  useUsers,
} from '../api/admin';
import { ApiKeys } from './api-keys';
import { CustomFieldsAdmin } from './custom-fields-admin';
import { UnmatchedPayments } from './unmatched-payments';
import { UserEdit } from './user-edit';
import { Webhooks } from './webhooks';

const ROLES = ['manager', 'head', 'salesops', 'admin'] as const;

const TABS = ['users', 'teams', 'payments', 'webhooks', 'custom-fields'] as const;

/**
 * The admin's screen: the users (invite one, change one, their API keys), the teams, unmatched
 * payments, the webhook endpoints, the custom fields of the records. The tab is kept in the
 * address (`?tab=payments`).
 */
export function AdminScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = TABS.find((name) => name === asked) ?? 'users';
  return (
    <Page title={t('admin.title')}>
      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(value === 'users' ? {} : { tab: value ?? '' }, { replace: true })
        }
      >
        <Tabs.List>
          <Tabs.Tab value="users">{t('admin.users')}</Tabs.Tab>
          <Tabs.Tab value="teams">{t('admin.teams')}</Tabs.Tab>
          <Tabs.Tab value="payments">{t('admin.unmatched')}</Tabs.Tab>
          <Tabs.Tab value="webhooks">{t('webhooks.tab')}</Tabs.Tab>
          <Tabs.Tab value="custom-fields">{t('customFields.admin')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <Users />
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="md">
          <Teams />
        </Tabs.Panel>
        <Tabs.Panel value="payments" pt="md">
          <UnmatchedPayments />
        </Tabs.Panel>
        <Tabs.Panel value="webhooks" pt="md">
          {tab === 'webhooks' && <Webhooks />}
        </Tabs.Panel>
        <Tabs.Panel value="custom-fields" pt="md">
          {tab === 'custom-fields' && <CustomFieldsAdmin />}
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

function Users() {
  const { t } = useTranslation();
  const users = useUsers();
  const teams = useTeams();
  const [keysOf, setKeysOf] = useState<User | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  if (users.isPending) return <Loading />;
  if (users.isError) throw users.error;
  const teamName = (id: string | null) => teams.data?.find((team) => team.id === id)?.name ?? '—';
  return (
    <>
      <InviteForm teams={teams.data ?? []} />
      <Group justify="flex-end" mt="md">
        <CsvLink path="/api/v1/users" label={t('admin.users')} />
      </Group>
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-label={t('admin.users')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('records.name')}</Table.Th>
              <Table.Th scope="col">{t('records.email')}</Table.Th>
              <Table.Th scope="col">{t('admin.role')}</Table.Th>
              <Table.Th scope="col">{t('admin.team')}</Table.Th>
              <Table.Th scope="col">{t('records.status')}</Table.Th>
              <Table.Th scope="col">{t('myDay.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.name}</Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{t(`admin.roles.${user.role}`)}</Table.Td>
                <Table.Td>{teamName(user.teamId)}</Table.Td>
                <Table.Td>
                  <Badge
                    variant={user.active ? 'light' : 'outline'}
                    color={user.active ? undefined : 'gray.8'}
                  >
                    {user.active ? t('admin.active') : t('admin.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('userEdit.editNamed', { name: user.name })}
                      onClick={() => setEditing(user)}
                    >
                      {t('userEdit.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('admin.keysOf', { name: user.name })}
                      onClick={() => setKeysOf(user)}
                    >
                      {t('admin.keys')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {keysOf && <ApiKeys user={keysOf} onClose={() => setKeysOf(null)} />}
      {editing && (
        <UserEdit user={editing} teams={teams.data ?? []} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

/** Invite a person by email: the API creates their user and sends the link to set a password. */
function InviteForm({ teams }: { teams: Team[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const invite = useInvite();
  const empty = { name: '', email: '', role: 'manager' as Invitation['role'], teamId: '' };
  const [form, setForm] = useState(empty);
  const errors = fieldErrors(invite.error);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    invite.mutate(
      {
        name: form.name.trim(),
        email: form.email.trim(),
        role: form.role,
        ...(form.teamId ? { teamId: form.teamId } : {}),
      },
      { onSuccess: () => setForm(empty) },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="admin-invite">
      <Title id="admin-invite" order={2} size="h4" mb="sm">
        {t('admin.invite')}
      </Title>
      {/* The API checks the fields and its errors show beside them (not the browser's own check). */}
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput
            label={t('records.name')}
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
            error={errors.name}
            required
          />
          <TextInput
            type="email"
            label={t('records.email')}
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
            error={errors.email}
            required
          />
          <Select
            label={t('admin.role')}
            data={ROLES.map((role) => ({ value: role, label: t(`admin.roles.${role}`) }))}
            value={form.role}
            onChange={(role) => role && setForm({ ...form, role: role as Invitation['role'] })}
            error={errors.role}
            allowDeselect={false}
          />
          <Select
            label={t('admin.team')}
            data={teams.map((team) => ({ value: team.id, label: team.name }))}
            value={form.teamId || null}
            onChange={(teamId) => setForm({ ...form, teamId: teamId ?? '' })}
            error={errors.teamId}
            placeholder={t('admin.noTeam')}
            clearable
          />
        </SimpleGrid>
        {invite.isError && !Object.keys(errors).length && (
          <Alert color="red" role="alert" mt="md">
            {invite.error.message}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          {invite.data && (
            <Alert color="teal.9" variant="outline" p="xs">
              {t('admin.invited', {
                email: invite.data.email,
                until: format.dateTime(invite.data.expiresAt),
              })}
            </Alert>
          )}
          <Button type="submit" loading={invite.isPending}>
            {t('admin.sendInvitation')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

function Teams() {
  const { t } = useTranslation();
  const format = useFormat();
  const teams = useTeams();
  const create = useCreateTeam();
  const [name, setName] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(name.trim(), { onSuccess: () => setName('') });
  };
  if (teams.isPending) return <Loading />;
  if (teams.isError) throw teams.error;
  return (
    <>
      <form onSubmit={submit}>
        <Group align="flex-end">
          <TextInput
            label={t('admin.newTeam')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={
              fieldErrors(create.error).name ?? (create.isError ? create.error.message : undefined)
            }
          />
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            {t('admin.createTeam')}
          </Button>
        </Group>
      </form>
      <Group justify="flex-end" mt="md">
        <CsvLink path="/api/v1/teams" label={t('admin.teams')} />
      </Group>
      <Table striped aria-label={t('admin.teams')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('records.name')}</Table.Th>
            <Table.Th scope="col">{t('records.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {teams.data.map((team) => (
            <Table.Tr key={team.id}>
              <Table.Td>{team.name}</Table.Td>
              <Table.Td>{format.date(team.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
