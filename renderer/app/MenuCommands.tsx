import { modals } from '@mantine/modals';
import { spotlight } from '@mantine/spotlight';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { bridge } from '../bridge';
import { useBackupActions } from '../features/backup';
import { useRegia } from './RegiaContext';

/**
 * Carries out the desktop application menu's commands in the renderer, as a component the app
 * loads apart (React.lazy): the backup and restore code it needs stays out of the start chunk.
 */
export function MenuCommands(): null {
  const { t, appInfo } = useRegia();
  const [, navigate] = useLocation();
  const backup = useBackupActions();

  useEffect(
    () =>
      bridge.onMenuCommand((command) => {
        switch (command) {
          case 'backup':
            void backup.saveToFile();
            break;
          case 'restore':
            void backup.restoreFromFile();
            break;
          case 'palette':
            spotlight.open();
            break;
          case 'settings':
            navigate('/impostazioni');
            break;
          case 'import':
          case 'export':
            navigate('/scambio');
            break;
          case 'newRecord':
            spotlight.open();
            break;
          case 'about':
            modals.open({
              title: t('menu.about'),
              children: `${t('app.name')} ${appInfo.version} · ${t('app.tagline')}`,
            });
            break;
        }
      }),
    [backup, navigate, t, appInfo.version],
  );
  return null;
}
