import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sourceOptions, useLeadSources } from '@/lib/lead-sources';

/**
 * A lead's or deal's source, picked from the lead sources catalogue (GET /api/v1/lead-sources).
 * Entering one offers the active sources; filtering (`filter`) offers the inactive ones too,
 * since records keep naming them.
 */
export function LeadSourceSelect({
  label,
  value,
  onChange,
  error,
  filter = false,
  w,
}: {
  label: string;
  value: string | null;
  onChange(code: string | null): void;
  error?: string;
  filter?: boolean;
  w?: number;
}) {
  const { t } = useTranslation();
  const sources = useLeadSources();
  return (
    <Select
      label={label}
      data={sourceOptions(sources.data ?? [], { current: value, withInactive: filter })}
      value={value || null}
      onChange={onChange}
      placeholder={filter ? t('catalogue.anySource') : t('catalogue.noSource')}
      error={error}
      searchable
      clearable
      nothingFoundMessage={t('catalogue.noSuchSource')}
      w={w}
    />
  );
}
