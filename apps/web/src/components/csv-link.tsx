import { Anchor } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { queryString } from '@/lib/query-string';

/**
 * "Download CSV": a link to an API list's export under the filters given (`?format=csv`): every
 * matching row, not only the pages shown, downloaded by the browser with the session (docs/api.md,
 * "Exports (CSV)").
 */
export function CsvLink({
  path,
  filters = {},
  label,
}: {
  /** The list's path, e.g. `/api/v1/users`. */
  path: string;
  filters?: Record<string, string | string[] | number | undefined | null>;
  /** Its name for screen readers when the screen has more than one (`Download CSV: teams`). */
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Anchor
      href={`${path}?${queryString({ ...filters, format: 'csv' })}`}
      download
      size="sm"
      pb={8}
      aria-label={label ? `${t('records.downloadCsv')}: ${label}` : undefined}
    >
      <IconDownload size={14} aria-hidden /> {t('records.downloadCsv')}
    </Anchor>
  );
}
