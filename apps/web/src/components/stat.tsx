import { Paper, Text } from '@mantine/core';
import { useId } from 'react';

/** One figure with its label, read by a screen reader as "label: value". */
export function Stat({ label, value, color }: { label: string; value: string; color?: string }) {
  const id = useId();
  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={id}>
      <Text id={id} size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={color}>
        {value}
      </Text>
    </Paper>
  );
}
