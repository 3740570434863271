import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './focus.css';
import { notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { translate } from '../../shared/i18n';
import { App } from './App';
import { StartupError } from './StartupError';
import { bridge } from '../bridge';
import { closeOnVersionChange, createRegiaDatabase, openRegiaDatabase, readSettings } from '../db';
import { prefetchOverview } from '../features/overview/prefetchOverview';

/** A warning that stays until the user closes it. */
function warn(message: string): void {
  notifications.show({ color: 'orange', message, autoClose: false });
}

/** Opens the database, reads the preferences and draws the app. */
export async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('Elemento #root mancante in index.html');
  const root = createRoot(container);
  const db = createRegiaDatabase();
  // Another window upgrading the schema: close ours rather than block it, and say so.
  closeOnVersionChange(db, {
    closedForUpgrade: () => warn(translate('it', 'error.versionChange')),
    blocked: () => warn(translate('it', 'error.blocked')),
  });
  performance.mark('regia:database-opening');
  try {
    await openRegiaDatabase(db);
  } catch (error) {
    root.render(<StartupError error={error} />);
    return;
  }
  performance.mark('regia:database-open');
  // Ask the browser not to evict the data under storage pressure; Electron grants it.
  void navigator.storage?.persist?.().catch(() => false);
  const [settings, appInfo] = await Promise.all([readSettings(db), bridge.getAppInfo()]);
  performance.mark('regia:settings-read');
  // The overview's figures are read while React draws the frame, not after.
  void prefetchOverview(db, settings, location.hash).catch(() => undefined);
  document.documentElement.lang = settings.language;
  root.render(
    <StrictMode>
      <App db={db} initialSettings={settings} appInfo={appInfo} />
    </StrictMode>,
  );
}
