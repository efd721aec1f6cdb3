import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { type CSSVariablesResolver, createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { PreferencesProvider } from '@/lib/preferences';
import { createQueryClient } from '@/lib/query-client';
import { prefetchFirstScreen } from './first-screen';
import './app.css';

// Shades dark enough for text on them, and secondary text, to keep WCAG AA contrast (4.5:1);
// green.9 is 4.4:1 on white, so success is teal.9 (5:1).
const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'sm',
});
const contrast: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    // Field errors are text: the default red (red.6) is 3.5:1 on white.
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    prefetchFirstScreen(client, window.location);
    return client;
  });
  return (
    <MantineProvider theme={theme} cssVariablesResolver={contrast} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <PreferencesProvider>{children}</PreferencesProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
