import { Alert, Button, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '@/lib/api';
import { type Team, type User, useUpdateUser } from '../api/admin';

const ROLES = ['manager', 'head', 'salesops', 'admin', 'integration'] as const;

/**
 * Changes a user: name, role, team, active. Only what changed is sent, at the version shown;
 * deactivating revokes their keys for good (said beside the switch), and the API refuses to take
 * the last active admin away (its reason shown).
 */
export function UserEdit({ user, teams, onClose }: { user: User; teams: Team[]; onClose(): void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<User['role']>(user.role);
  const [teamId, setTeamId] = useState<string | null>(user.teamId);
  const [active, setActive] = useState(user.active);
  const errors = fieldErrors(update.error);
  const stale = update.error instanceof ApiError && update.error.type === 'stale-version';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const changes = {
      ...(name.trim() !== user.name ? { name: name.trim() } : {}),
      ...(role !== user.role ? { role } : {}),
      ...(teamId !== user.teamId ? { teamId } : {}),
      ...(active !== user.active ? { active } : {}),
    };
    if (!Object.keys(changes).length) return onClose();
    update.mutate({ user, changes }, { onSuccess: onClose });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('userEdit.title', { name: user.name })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('records.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
            data-autofocus
          />
          <Select
            label={t('admin.role')}
            data={ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
            value={role}
            onChange={(r) => r && setRole(r as User['role'])}
            error={errors.role}
            allowDeselect={false}
          />
          <Select
            label={t('admin.team')}
            data={teams.map((team) => ({ value: team.id, label: team.name }))}
            value={teamId}
            onChange={setTeamId}
            error={errors.teamId}
            placeholder={t('admin.noTeam')}
            clearable
          />
          <Switch
            label={t('userEdit.active')}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
            error={errors.active}
          />
          {user.active && !active && (
            <Text size="sm" c="red.9">
              {t('userEdit.deactivateWarning')}
            </Text>
          )}
          {update.isError && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {stale ? t('userEdit.stale') : update.error.message}
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
