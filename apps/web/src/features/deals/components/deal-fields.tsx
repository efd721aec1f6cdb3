import {
  Alert,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  SimpleGrid,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LeadSourceSelect } from '@/components/lead-source-select';
import { ApiError, fieldErrors } from '@/lib/api';
import { type Deal, type DealChanges, useUpdateDeal } from '../api/deal';

interface Form {
  title: string;
  amount: string;
  probability: string;
  expectedCloseDate: string;
  source: string;
}

const FIELDS = ['title', 'amount', 'probability', 'expectedCloseDate', 'source'] as const;

function formOf(deal: Deal): Form {
  return {
    title: deal.title,
    amount: deal.amount,
    probability: deal.probability === null ? '' : String(deal.probability),
    expectedCloseDate: deal.expectedCloseDate ?? '',
    source: deal.source ?? '',
  };
}

/** What the form changed, as the API takes it (empty optional fields are cleared). */
function changesOf(form: Form, base: Form): DealChanges {
  const changes: DealChanges = {};
  if (form.title !== base.title) changes.title = form.title.trim();
  if (form.amount !== base.amount) changes.amount = form.amount.trim();
  if (form.probability !== base.probability)
    changes.probability = form.probability === '' ? null : Number(form.probability);
  if (form.expectedCloseDate !== base.expectedCloseDate)
    changes.expectedCloseDate = form.expectedCloseDate || null;
  if (form.source !== base.source) changes.source = form.source.trim() || null;
  return changes;
}

/**
 * The deal's own fields, saved at the version they were read at. When someone else changed the
 * deal meanwhile the save is refused and their values are shown beside yours; nothing is
 * overwritten until you take theirs and apply yours again.
 */
export function DealFields({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const update = useUpdateDeal(deal.id);
  // The version the form was filled from: a live change shows at once while nothing is typed.
  const [base, setBase] = useState(deal);
  const [form, setForm] = useState(() => formOf(deal));
  const dirty = FIELDS.some((f) => form[f] !== formOf(base)[f]);
  if (!dirty && deal.version !== base.version) {
    setBase(deal);
    setForm(formOf(deal));
  }
  const errors = fieldErrors(update.error);
  const stale = update.error instanceof ApiError && update.error.type === 'stale-version';
  const theirs = formOf(deal);
  const differing = stale ? FIELDS.filter((f) => theirs[f] !== formOf(base)[f]) : [];

  const set = (field: keyof Form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    update.mutate(
      { version: base.version, changes: changesOf(form, formOf(base)) },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setForm(formOf(saved));
        },
      },
    );
  };
  const takeTheirs = () => {
    setBase(deal);
    setForm(formOf(deal));
    update.reset();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="deal-fields">
      <Title id="deal-fields" order={2} size="h4" mb="sm">
        {t('dealPage.fields')}
      </Title>
      <form onSubmit={save}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('dealPage.title')}
            value={form.title}
            onChange={(e) => set('title')(e.currentTarget.value)}
            error={errors.title}
            required
          />
          <TextInput
            label={t('dealPage.amount', { currency: deal.currency })}
            value={form.amount}
            onChange={(e) => set('amount')(e.currentTarget.value)}
            error={errors.amount}
            inputMode="decimal"
          />
          <NumberInput
            label={t('dealPage.probability')}
            value={form.probability}
            onChange={(v) => set('probability')(String(v))}
            error={errors.probability}
            suffix=" %"
            allowDecimal={false}
          />
          <TextInput
            type="date"
            label={t('dealPage.expectedClose')}
            value={form.expectedCloseDate}
            onChange={(e) => set('expectedCloseDate')(e.currentTarget.value)}
            error={errors.expectedCloseDate}
          />
          <LeadSourceSelect
            label={t('dealPage.source')}
            value={form.source}
            onChange={(code) => set('source')(code ?? '')}
            error={errors.source}
          />
        </SimpleGrid>
        {stale && (
          <Alert color="red" role="alert" mt="md" title={t('dealPage.staleTitle')}>
            <Text size="sm">{t('dealPage.staleText')}</Text>
            {differing.length > 0 && (
              <List size="sm" mt="xs">
                {differing.map((f) => (
                  <List.Item key={f}>
                    {t('dealPage.theirValue', {
                      field: t(`dealPage.fieldNames.${f}`),
                      value: theirs[f] || '—',
                    })}
                  </List.Item>
                ))}
              </List>
            )}
            <Button size="xs" mt="sm" variant="light" onClick={takeTheirs}>
              {t('dealPage.takeTheirs')}
            </Button>
          </Alert>
        )}
        {update.isError && !stale && !Object.keys(errors).length && (
          <Alert color="red" role="alert" mt="md">
            {update.error.message}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          {update.isSuccess && !dirty && (
            <Text size="sm" c="teal.9" role="status">
              {t('dealPage.saved')}
            </Text>
          )}
          <Button type="submit" disabled={!dirty} loading={update.isPending}>
            {t('dealPage.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
