import {
  IconArrowsExchange,
  IconChecklist,
  IconHome,
  IconMap2,
  IconSettings,
  IconUsersGroup,
  IconCalendarEvent,
  IconBriefcase,
} from '@tabler/icons-react';
import { lazy, type ComponentType } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { meetingRoute } from '../features/meetings/meetingPath';
import { OverviewPage } from '../features/overview/OverviewPage';
import { projectRoute } from '../features/projects/projectPath';
import { organizationRoute } from '../features/roster/organizationPath';

// Every page but the overview is loaded when first opened: the app starts by parsing only what
// the overview needs, not the map's graph library, the Word writer or the spreadsheet code.
const ActionsPage = lazy(() =>
  import('../features/actions/ActionsPage').then((module) => ({ default: module.ActionsPage })),
);
const ExchangePage = lazy(() =>
  import('../features/exchange/ExchangePage').then((module) => ({ default: module.ExchangePage })),
);
const MapPage = lazy(() =>
  import('../features/map/MapPage').then((module) => ({ default: module.MapPage })),
);
const MeetingsPage = lazy(() =>
  import('../features/meetings').then((module) => ({ default: module.MeetingsPage })),
);
const MeetingPage = lazy(() =>
  import('../features/meetings').then((module) => ({ default: module.MeetingPage })),
);
const ProjectsPage = lazy(() =>
  import('../features/projects').then((module) => ({ default: module.ProjectsPage })),
);
const ProjectPage = lazy(() =>
  import('../features/projects').then((module) => ({ default: module.ProjectPage })),
);
const RosterPage = lazy(() =>
  import('../features/roster').then((module) => ({ default: module.RosterPage })),
);
const OrganizationPage = lazy(() =>
  import('../features/roster').then((module) => ({ default: module.OrganizationPage })),
);
// The first screen of an empty database: the demo data and the forms it opens load with it.
export const EmptyState = lazy(() =>
  import('../features/demo/EmptyState').then((module) => ({ default: module.EmptyState })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((module) => ({ default: module.SettingsPage })),
);

/** A page of the main navigation. */
export type AppRoute = {
  /** The hash path, e.g. `/riunioni`. */
  path: string;
  /** The catalog key of its navigation label. */
  labelKey: MessageKey;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  page: ComponentType;
  /** Whether the page needs a network to show anything. */
  needsNetwork: boolean;
};

export const appRoutes: AppRoute[] = [
  { path: '/', labelKey: 'nav.overview', icon: IconHome, page: OverviewPage, needsNetwork: true },
  {
    path: '/riunioni',
    labelKey: 'nav.meetings',
    icon: IconCalendarEvent,
    page: MeetingsPage,
    needsNetwork: true,
  },
  {
    path: '/azioni',
    labelKey: 'nav.actions',
    icon: IconChecklist,
    page: ActionsPage,
    needsNetwork: true,
  },
  {
    path: '/progetti',
    labelKey: 'nav.projects',
    icon: IconBriefcase,
    page: ProjectsPage,
    needsNetwork: true,
  },
  {
    path: '/rete',
    labelKey: 'nav.network',
    icon: IconUsersGroup,
    page: RosterPage,
    needsNetwork: true,
  },
  { path: '/mappa', labelKey: 'nav.map', icon: IconMap2, page: MapPage, needsNetwork: true },
  {
    path: '/scambio',
    labelKey: 'nav.exchange',
    icon: IconArrowsExchange,
    page: ExchangePage,
    needsNetwork: true,
  },
  {
    path: '/impostazioni',
    labelKey: 'nav.settings',
    icon: IconSettings,
    page: SettingsPage,
    needsNetwork: false,
  },
];

/** A page reached from another page, not from the navigation (e.g. one organization). */
export type DetailRoute = {
  /** The hash path pattern, e.g. `/rete/ente/:organizationId`. */
  path: string;
  page: ComponentType;
  /** The navigation entry shown as current while this page is open. */
  parentPath: string;
};

export const detailRoutes: DetailRoute[] = [
  { path: organizationRoute, page: OrganizationPage, parentPath: '/rete' },
  { path: meetingRoute, page: MeetingPage, parentPath: '/riunioni' },
  { path: projectRoute, page: ProjectPage, parentPath: '/progetti' },
];
