import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { RegiaProvider } from '../../../../renderer/app/RegiaContext';
import { defaultSettings, type RegiaDatabase } from '../../../../renderer/db';
import { createTestContext } from '../db/testDatabase';

// jsdom names matchMedia without implementing it; Mantine reads the colour scheme through it.
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

/** Renders a component inside the providers the app gives it (theme, modals, database, language). */
export function renderInApp(
  children: ReactNode,
  db: RegiaDatabase = createTestContext().db,
): RenderResult & { db: RegiaDatabase } {
  const wrapper = ({ children: inner }: { children: ReactNode }) => (
    <MantineProvider>
      <RegiaProvider
        db={db}
        initialSettings={defaultSettings}
        appInfo={{
          name: 'Regia',
          version: 'test',
          host: 'web',
          platform: 'test',
          dataLocation: '',
        }}
      >
        <ModalsProvider>{inner}</ModalsProvider>
      </RegiaProvider>
    </MantineProvider>
  );
  const result = render(children, { wrapper });
  return { ...result, db };
}
