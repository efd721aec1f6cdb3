import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrors } from '@/lib/api';
import { type CustomerKind, useCustomerSearch, useMerge } from '../api/customers';

const PAGE: Record<CustomerKind, string> = { contact: '/contacts', company: '/companies' };

/**
 * "Merge into…" on a contact's or a company's page: pick the record to keep (searched by name,
 * email or phone), then everything of this one moves there and the app opens it.
 */
export function MergeInto({ kind, id, name }: { kind: CustomerKind; id: string; name: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('duplicates.merge')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ 'aria-label': t('app.close') }}
        title={t('duplicates.mergeTitle', { name })}
      >
        {opened && <MergeForm kind={kind} id={id} name={name} />}
      </Modal>
    </>
  );
}

function MergeForm({ kind, id, name }: { kind: CustomerKind; id: string; name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [into, setInto] = useState<string | null>(null);
  const found = useCustomerSearch(kind, search);
  const merge = useMerge(kind, id);
  const options = (found.data ?? [])
    .filter((r) => r.id !== id)
    .map((r) => ({ value: r.id, label: r.detail ? `${r.name} (${r.detail})` : r.name }));
  const errors = fieldErrors(merge.error);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (into)
          merge.mutate(into, {
            onSuccess: (survivor) => void navigate(`${PAGE[kind]}/${survivor.id}`),
          });
      }}
    >
      <Stack>
        <Text size="sm">{t('duplicates.mergeText', { name })}</Text>
        <Select
          label={t('duplicates.survivor')}
          placeholder={t('duplicates.searchSurvivor')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={options}
          value={into}
          onChange={setInto}
          filter={({ options: all }) => all}
          nothingFoundMessage={search.trim() ? t('records.nothing') : undefined}
          error={errors.into}
          required
          data-autofocus
        />
        {merge.isError && !errors.into && (
          <Alert color="red" role="alert" title={t('duplicates.mergeRefused')}>
            {merge.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" color="red" disabled={!into} loading={merge.isPending}>
            {t('duplicates.mergeButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
