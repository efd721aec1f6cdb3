import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { fieldErrors } from '@/lib/api';
import { useLeadSources } from '@/lib/lead-sources';
import { type LeadSource, useCreateLeadSource, useUpdateLeadSource } from '../api/catalogue';
import { useCanKeepCatalogue } from './can-keep';

/**
 * The lead sources catalogue: the codes a lead's or deal's `source` names, each with the name
 * people see. Admins and sales ops add, rename, deactivate (records keep naming it; new ones
 * cannot) and reactivate them; a code never changes.
 */
export function LeadSourcesScreen() {
  const { t } = useTranslation();
  const canKeep = useCanKeepCatalogue();
  const sources = useLeadSources();
  const update = useUpdateLeadSource();
  const [renaming, setRenaming] = useState<string | null>(null);

  let content;
  if (sources.isPending) content = <Loading />;
  else if (sources.isError) throw sources.error;
  else
    content = (
      <Table striped aria-label={t('catalogue.sources')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('records.name')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.code')}</Table.Th>
            <Table.Th scope="col">{t('records.status')}</Table.Th>
            {canKeep && <Table.Th scope="col">{t('myDay.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sources.data.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                {renaming === s.id ? (
                  <RenameForm source={s} onDone={() => setRenaming(null)} />
                ) : (
                  s.name
                )}
              </Table.Td>
              <Table.Td>
                <Code>{s.code}</Code>
              </Table.Td>
              <Table.Td>
                <Badge variant="outline" color={s.active ? 'teal.9' : 'gray.8'}>
                  {s.active ? t('admin.active') : t('admin.inactive')}
                </Badge>
              </Table.Td>
              {canKeep && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {renaming !== s.id && (
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t('catalogue.renameNamed', { name: s.name })}
                        onClick={() => setRenaming(s.id)}
                      >
                        {t('catalogue.rename')}
                      </Button>
                    )}
                    <Button
                      size="xs"
                      variant={s.active ? 'outline' : 'light'}
                      color={s.active ? 'red.9' : undefined}
                      aria-label={t(
                        s.active ? 'catalogue.deactivateNamed' : 'catalogue.reactivateNamed',
                        {
                          name: s.name,
                        },
                      )}
                      loading={update.isPending && update.variables?.source.id === s.id}
                      onClick={() => update.mutate({ source: s, changes: { active: !s.active } })}
                    >
                      {s.active ? t('catalogue.deactivate') : t('catalogue.reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );

  return (
    <Page title={t('catalogue.sources')}>
      <Text size="sm" c="dimmed">
        {t('catalogue.sourcesIntro')}
      </Text>
      {canKeep && <NewSourceForm />}
      {update.isError && (
        <Alert color="red" role="alert">
          {update.error.message}
        </Alert>
      )}
      {content}
    </Page>
  );
}

function NewSourceForm() {
  const { t } = useTranslation();
  const create = useCreateLeadSource();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const errors = fieldErrors(create.error);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(
      { code: code.trim(), name: name.trim() },
      {
        onSuccess: () => {
          setCode('');
          setName('');
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-source">
      <Title id="new-source" order={2} size="h4" mb="sm">
        {t('catalogue.newSource')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start">
          <TextInput
            label={t('records.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
          />
          <TextInput
            label={t('catalogue.code')}
            description={t('catalogue.sourceCodeHint')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={
              errors.code ??
              (create.isError && !Object.keys(errors).length ? create.error.message : undefined)
            }
            required
          />
          <Button type="submit" mt={46} loading={create.isPending}>
            {t('catalogue.addSource')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

function RenameForm({ source, onDone }: { source: LeadSource; onDone(): void }) {
  const { t } = useTranslation();
  const update = useUpdateLeadSource();
  const [name, setName] = useState(source.name);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ source, changes: { name: name.trim() } }, { onSuccess: onDone });
      }}
    >
      <Group gap="xs" wrap="nowrap">
        <TextInput
          size="xs"
          aria-label={t('catalogue.newName', { name: source.name })}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={
            fieldErrors(update.error).name ?? (update.isError ? update.error.message : undefined)
          }
          data-autofocus
        />
        <Button size="xs" type="submit" loading={update.isPending}>
          {t('dealPage.save')}
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('catalogue.cancel')}
        </Button>
      </Group>
    </form>
  );
}
