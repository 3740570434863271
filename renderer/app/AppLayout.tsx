import { lazy, Suspense } from 'react';
import {
  AppShell,
  Burger,
  Group,
  Loader,
  NavLink,
  Text,
  useMantineColorScheme,
} from '@mantine/core';
import { IconButton } from '../ui';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { IconMoon, IconSearch, IconSun } from '@tabler/icons-react';
import { Route, Switch, useLocation } from 'wouter';
import { OverviewPage } from '../features/overview/OverviewPage';
import { NetworkSwitcher } from './NetworkSwitcher';
import { SkipToContent } from './SkipToContent';
import { useRegia } from './RegiaContext';
import { appRoutes, detailRoutes, EmptyState } from './routes';
import { NetworksContext, useNetworksQuery } from './useNetworks';

const mainContentId = 'regia-main';

// Loaded apart from the start chunk: its commands open forms that bring the Word writer and the
// spreadsheet code with them.
const CommandPalette = lazy(() =>
  import('./CommandPalette').then((module) => ({ default: module.CommandPalette })),
);
// Likewise: the menu's backup and restore commands bring the backup code with them.
const MenuCommands = lazy(() =>
  import('./MenuCommands').then((module) => ({ default: module.MenuCommands })),
);

/** The application frame: header with network switcher, navigation, and the current page. */
export function AppLayout() {
  const { t } = useRegia();
  const [opened, { toggle, close }] = useDisclosure();
  const [location, navigate] = useLocation();
  const { colorScheme, toggleColorScheme } = useMantineColorScheme();
  const networks = useNetworksQuery();
  // Ctrl/Cmd+K is heard here, from the first frame, and not by the palette loaded apart: a key
  // pressed before the palette's code arrives still opens it once it is drawn.
  useHotkeys([
    ...appRoutes.map((route, index): [string, () => void] => [
      `alt+${index + 1}`,
      () => navigate(route.path),
    ]),
    ['mod+K', () => spotlight.open()],
  ]);
  const currentPath =
    detailRoutes.find((route) => location.startsWith(`${route.parentPath}/`))?.parentPath ??
    location;

  return (
    <NetworksContext.Provider value={networks ?? { networks: [], current: null }}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <SkipToContent targetId={mainContentId} />
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggle')}
              />
              <Text fw={800} fz="xl" c="blue.8" component="span">
                {t('app.name')}
              </Text>
              <NetworkSwitcher />
            </Group>
            <Group gap="xs" wrap="nowrap">
              <IconButton
                variant="default"
                size="lg"
                label={t('menu.palette')}
                tooltip={`${t('menu.palette')} (Ctrl+K)`}
                onClick={spotlight.open}
              >
                <IconSearch size={18} />
              </IconButton>
              <IconButton
                variant="default"
                size="lg"
                label={t('theme.toggle')}
                onClick={toggleColorScheme}
              >
                {colorScheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
              </IconButton>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={t('nav.main')}>
          {appRoutes.map((route, index) => (
            <NavLink
              key={route.path}
              href={`#${route.path}`}
              label={t(route.labelKey)}
              rightSection={
                <Text span size="xs" aria-hidden>
                  Alt+{index + 1}
                </Text>
              }
              leftSection={<route.icon size={20} stroke={1.6} />}
              active={currentPath === route.path}
              aria-current={location === route.path ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main id={mainContentId} tabIndex={-1}>
          {!networks ? (
            <Loader aria-label={t('common.loading')} />
          ) : (
            <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
              <Switch>
                {appRoutes.map((route) => (
                  <Route key={route.path} path={route.path}>
                    {route.needsNetwork && !networks.current ? <EmptyState /> : <route.page />}
                  </Route>
                ))}
                {detailRoutes.map((route) => (
                  <Route key={route.path} path={route.path} component={route.page} />
                ))}
                <Route>{networks.current ? <OverviewPage /> : <EmptyState />}</Route>
              </Switch>
            </Suspense>
          )}
        </AppShell.Main>
      </AppShell>
      {/* Apart, so that neither waits for the other's code. */}
      <Suspense fallback={null}>
        <CommandPalette />
      </Suspense>
      <Suspense fallback={null}>
        <MenuCommands />
      </Suspense>
    </NetworksContext.Provider>
  );
}
