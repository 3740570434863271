import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useMantineColorScheme } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import { openNewActionModal } from '../features/actions/openNewActionModal';
import { useBackupActions } from '../features/backup';
import { openNewOrganizationModal } from '../features/roster/openNewOrganizationModal';
import { openNewNetworkModal } from '../features/networks/openNewNetworkModal';
import { reportFailure } from './notify';
import { useRegia } from './RegiaContext';
import { appRoutes } from './routes';
import { useNetworks } from './useNetworks';

/** The command palette (Ctrl/Cmd+K): pages, new records, backup, theme and language. */
export function CommandPalette() {
  const { t, locale, updateSettings } = useRegia();
  const [, navigate] = useLocation();
  const { current } = useNetworks();
  const { toggleColorScheme } = useMantineColorScheme();
  const backup = useBackupActions();

  const pageActions: SpotlightActionData[] = appRoutes.map((route) => ({
    id: `go:${route.path}`,
    label: t('palette.goTo', { page: t(route.labelKey) }),
    leftSection: <route.icon size={18} />,
    onClick: () => navigate(route.path),
  }));
  const recordActions: SpotlightActionData[] = current
    ? [
        {
          id: 'new:organization',
          label: t('palette.newOrganization'),
          onClick: () => openNewOrganizationModal(t, current.id),
        },
        {
          id: 'new:action',
          label: t('palette.newAction'),
          onClick: () => openNewActionModal(t, current.id),
        },
        { id: 'new:meeting', label: t('palette.newMeeting'), onClick: () => navigate('/riunioni') },
      ]
    : [];
  const appActions: SpotlightActionData[] = [
    { id: 'new:network', label: t('network.new'), onClick: () => openNewNetworkModal(t) },
    { id: 'backup:save', label: t('palette.backup'), onClick: () => void backup.saveToFile() },
    {
      id: 'backup:restore',
      label: t('palette.restore'),
      onClick: () => void backup.restoreFromFile(),
    },
    { id: 'theme', label: t('palette.toggleTheme'), onClick: toggleColorScheme },
    {
      id: 'language',
      label: t('palette.switchLanguage'),
      onClick: () =>
        void reportFailure(t, () => updateSettings({ language: locale === 'it' ? 'en' : 'it' })),
    },
  ];

  return (
    <Spotlight
      actions={[...pageActions, ...recordActions, ...appActions]}
      nothingFound={t('palette.nothingFound')}
      highlightQuery
      // Ctrl/Cmd+K is heard by the app's frame (AppLayout), before this code has loaded.
      shortcut={null}
      searchProps={{
        leftSection: <IconSearch size={18} />,
        placeholder: t('palette.placeholder'),
        'aria-label': t('palette.placeholder'),
      }}
    />
  );
}
