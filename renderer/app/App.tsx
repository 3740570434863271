import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { lazy, Suspense, type ReactNode } from 'react';
import { Notifications } from '@mantine/notifications';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { AppInfo } from '../../shared/contract';
import type { RegiaDatabase, Settings } from '../db';
import { AppLayout } from './AppLayout';
import { RegiaProvider, useT } from './RegiaContext';
import { cssVariablesResolver, theme } from './theme';

/** Where the light/dark choice is kept: per machine, not in the (backed-up) database. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'regia-color-scheme' });

type AppProps = {
  db: RegiaDatabase;
  initialSettings: Settings;
  appInfo: AppInfo;
};

/** Every modal opened through `modals` gets its buttons and its close button named in the UI language. */
function LocalizedModals({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <ModalsProvider
      labels={{ confirm: t('common.confirm'), cancel: t('common.cancel') }}
      modalProps={{ closeButtonProps: { 'aria-label': t('common.close') } }}
    >
      {children}
    </ModalsProvider>
  );
}

// A chunk of its own: the first screen needs no backup code, and the daily backup is due 4 s
// after start at the earliest.
const StartupTasks = lazy(() =>
  import('./StartupTasks').then((module) => ({ default: module.StartupTasks })),
);

/** The whole renderer: theme, notifications, modals, routing and the application frame. */
export function App({ db, initialSettings, appInfo }: AppProps) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="light"
    >
      <RegiaProvider db={db} initialSettings={initialSettings} appInfo={appInfo}>
        <LocalizedModals>
          <Notifications position="top-right" />
          <Router hook={useHashLocation}>
            <Suspense fallback={null}>
              <StartupTasks />
            </Suspense>
            <AppLayout />
          </Router>
        </LocalizedModals>
      </RegiaProvider>
    </MantineProvider>
  );
}
