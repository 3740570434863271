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
import { loadLocaleCatalog } from '../i18n/englishOnDemand';
import { showStartWarnings, type OpenedAtStart } from './openAtStart';

/** Draws the app on the database that `opening` opens (or says why it could not). */
export async function start(opening: Promise<OpenedAtStart>): Promise<void> {
  performance.mark('regia:app-code-loaded');
  const container = document.getElementById('root');
  if (!container) throw new Error('Elemento #root mancante in index.html');
  const root = createRoot(container);
  // A warning that stays until the user closes it.
  showStartWarnings((key) =>
    notifications.show({ color: 'orange', message: translate('it', key), autoClose: false }),
  );
  // Only Italian is in the start chunk: another language is loaded before the first drawing.
  const withTexts = opening.then(async (opened) => {
    if (opened.ok) await loadLocaleCatalog(opened.settings.language).catch(() => undefined);
    return opened;
  });
  const [opened, appInfo] = await Promise.all([withTexts, bridge.getAppInfo()]);
  if (!opened.ok) {
    root.render(<StartupError error={opened.error} />);
    return;
  }
  const { db, settings } = opened;
  // Ask the browser not to evict the data under storage pressure; Electron grants it.
  void navigator.storage?.persist?.().catch(() => false);
  document.documentElement.lang = settings.language;
  root.render(
    <StrictMode>
      <App db={db} initialSettings={settings} appInfo={appInfo} />
    </StrictMode>,
  );
}
