import { Anchor, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomFieldsForm } from '@/components/custom-fields-form';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { type FormField, RecordForm } from '@/components/record-form';
import { RecordTimeline } from '@/components/record-timeline';
import { useCompanies, useContact, useUpdateContact } from '../api/customers';
import { LinkedDeals } from './linked-deals';
import { MergeInto } from './merge-into';
import { CustomerNotFound } from './not-found';

/** One contact: their fields, companies, deals, and one timeline of activities and comments. */
export function ContactPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const contact = useContact(id);
  const update = useUpdateContact(id);
  // Its own save: the custom fields' errors and "saved" are not the other form's.
  const updateCustom = useUpdateContact(id);
  const companies = useCompanies(contact.data?.companyIds ?? []);

  if (contact.isError)
    return (
      <CustomerNotFound
        error={contact.error}
        title={t('customerPage.contact')}
        text={t('customerPage.contactNotFound')}
        page="/contacts"
        back={{ to: '/contacts', label: t('customerPage.backToContacts') }}
      />
    );
  if (contact.isPending) return <Loading />;
  const c = contact.data;
  const fields: FormField[] = [
    { name: 'firstName', label: t('customerPage.firstName'), required: true },
    { name: 'lastName', label: t('customerPage.lastName') },
    { name: 'position', label: t('records.position') },
    { name: 'email', label: t('records.email'), type: 'email' },
    { name: 'phone', label: t('records.phone'), type: 'tel' },
  ];
  return (
    <Page title={c.name} actions={<MergeInto kind="contact" id={id} name={c.name} />}>
      <Anchor component={Link} to="/contacts" size="sm">
        {t('customerPage.backToContacts')}
      </Anchor>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <RecordForm title={t('dealPage.fields')} fields={fields} record={c} save={update} />
            <CustomFieldsForm recordType="contact" record={c} save={updateCustom} />
            <Paper withBorder p="md" component="section" aria-labelledby="contact-companies">
              <Title id="contact-companies" order={2} size="h4" mb="sm">
                {t('customerPage.companies')}
              </Title>
              {c.companyIds.length ? (
                <Group gap="md">
                  {companies.map((company, i) => (
                    <Anchor
                      key={c.companyIds[i]}
                      component={Link}
                      to={`/companies/${c.companyIds[i]}`}
                      size="sm"
                    >
                      {company.data?.name ?? t('app.loading')}
                    </Anchor>
                  ))}
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('dealPage.none')}
                </Text>
              )}
            </Paper>
            <LinkedDeals link={{ contactId: id }} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <RecordTimeline owner="contacts" id={id} />
        </Grid.Col>
      </Grid>
    </Page>
  );
}
