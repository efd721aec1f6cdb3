import { Anchor, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomFieldsForm } from '@/components/custom-fields-form';
import { Loading } from '@/components/loading';
import { Page } from '@/components/page';
import { type FormField, RecordForm } from '@/components/record-form';
import { RecordTimeline } from '@/components/record-timeline';
import { useCompany, useCompanyContacts, useUpdateCompany } from '../api/customers';
import { LinkedDeals } from './linked-deals';
import { MergeInto } from './merge-into';
import { CustomerNotFound } from './not-found';

/** One company: its fields, its people, its deals, and one timeline of activities and comments. */
export function CompanyPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const company = useCompany(id);
  const update = useUpdateCompany(id);
  // Its own save: the custom fields' errors and "saved" are not the other form's.
  const updateCustom = useUpdateCompany(id);
  const contacts = useCompanyContacts(id);

  if (company.isError)
    return (
      <CustomerNotFound
        error={company.error}
        title={t('customerPage.company')}
        text={t('customerPage.companyNotFound')}
        page="/companies"
        back={{ to: '/companies', label: t('customerPage.backToCompanies') }}
      />
    );
  if (company.isPending) return <Loading />;
  const c = company.data;
  const fields: FormField[] = [
    { name: 'name', label: t('records.name'), required: true },
    { name: 'industry', label: t('records.industry') },
    { name: 'country', label: t('customerPage.countryCode') },
    { name: 'email', label: t('records.email'), type: 'email' },
    { name: 'phone', label: t('records.phone'), type: 'tel' },
    { name: 'website', label: t('customerPage.website'), type: 'url' },
    { name: 'address', label: t('customerPage.address') },
  ];
  const people = contacts.data?.items ?? [];
  return (
    <Page title={c.name} actions={<MergeInto kind="company" id={id} name={c.name} />}>
      <Anchor component={Link} to="/companies" size="sm">
        {t('customerPage.backToCompanies')}
      </Anchor>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <RecordForm title={t('dealPage.fields')} fields={fields} record={c} save={update} />
            <CustomFieldsForm recordType="company" record={c} save={updateCustom} />
            <Paper withBorder p="md" component="section" aria-labelledby="company-contacts">
              <Title id="company-contacts" order={2} size="h4" mb="sm">
                {t('customerPage.contacts')}
              </Title>
              {people.length ? (
                <Group gap="md">
                  {people.map((person) => (
                    <Anchor
                      key={person.id}
                      component={Link}
                      to={`/contacts/${person.id}`}
                      size="sm"
                    >
                      {person.name}
                    </Anchor>
                  ))}
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {contacts.isPending ? t('app.loading') : t('dealPage.none')}
                </Text>
              )}
            </Paper>
            <LinkedDeals link={{ companyId: id }} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <RecordTimeline owner="companies" id={id} />
        </Grid.Col>
      </Grid>
    </Page>
  );
}
