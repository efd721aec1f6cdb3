import { TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The events an endpoint hears, as tags; the API's error about the list or about one of its
 * events (`events.N`) shows beneath it.
 */
export function WebhookEventsInput({
  events,
  onChange,
  errors,
}: {
  events: string[];
  onChange(events: string[]): void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <TagsInput
      label={t('webhooks.events')}
      description={t('webhooks.eventsHint')}
      value={events}
      onChange={onChange}
      error={errors.events ?? Object.entries(errors).find(([f]) => f.startsWith('events.'))?.[1]}
      required
    />
  );
}
