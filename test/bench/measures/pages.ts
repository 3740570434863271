import { openAppPage, waitForDailyBackup } from '../runner/appPage';
import { profileFile, withCpuProfile } from '../runner/cpuProfile';
import type { BenchSession, GroupResult, MeasureGroup, MeasureSpec } from '../runner/measure';
import { repeat } from '../runner/measure';
import { installOpener, openPage, type PageContent } from '../runner/pageOpener';
import { partnersByActions } from './partners';

/** A page of the app as the bench opens it. */
export type BenchPage = {
  /** `page.` and the page's path in words. */
  id: string;
  /** The app's route pattern, as in renderer/app/routes.tsx. */
  route: string;
  title: string;
  /** Milliseconds the opening should take at most (median). */
  target: number;
  /** Where the opening goes on the bench's network, and what the page then shows. */
  open: (session: BenchSession) => { hash: string; content: PageContent };
};

/** Openings of each page after the warm-up (which also loads the page's code). */
const maxRuns = 3;

/** Where every opening starts: a light page whose reads are done, so only the new page is timed. */
const startPath = '/impostazioni';
/** Where the opening of the start page itself starts. */
const startOfStartPath = '/progetti';

function mainNetwork(session: BenchSession): { id: string; name: string } {
  const network = session.network.dataset.networks.find(
    (candidate) => candidate.id === session.seed.mainNetworkId,
  );
  if (!network) throw new Error('The bench network is missing from the generated rows.');
  return network;
}

function memberCount(session: BenchSession): number {
  return session.network.dataset.memberships.filter(
    (membership) => membership.networkId === session.seed.mainNetworkId,
  ).length;
}

function liveActionCount(session: BenchSession): number {
  return session.network.dataset.actions.filter(
    (action) => action.networkId === session.seed.mainNetworkId && action.archivedAt === null,
  ).length;
}

/** The main network's project with the most actions linked to it. */
function busiestProject(session: BenchSession): { id: string; title: string } {
  const counts = new Map<string, number>();
  for (const action of session.network.dataset.actions) {
    if (action.projectId) counts.set(action.projectId, (counts.get(action.projectId) ?? 0) + 1);
  }
  const [project] = session.network.dataset.projects
    .filter((candidate) => candidate.networkId === session.seed.mainNetworkId)
    .sort((first, second) => (counts.get(second.id) ?? 0) - (counts.get(first.id) ?? 0));
  if (!project) throw new Error('The main network has no project.');
  return project;
}

/** The organization owning the most of the main network's actions. */
function busiestOrganization(session: BenchSession): { id: string; name: string } {
  const [id] = partnersByActions(session);
  const organization = session.network.dataset.organizations.find(
    (candidate) => candidate.id === id,
  );
  if (!organization) throw new Error('The main network has no organization owning actions.');
  return organization;
}

/** A page's table drawn with at least one row. */
const rowsOf = (testId: string): { selector: string } => ({
  selector: `[data-testid="${testId}"] tbody tr`,
});

/**
 * Every page of the app, but the meeting's (meeting.open times it, to its 40th agenda item),
 * each with what shows that its main content is drawn: its heading, its data, no loader left.
 */
export const benchPages: readonly BenchPage[] = [
  {
    id: 'page.panoramica',
    route: '/',
    title: 'open the overview, to every figure drawn',
    target: 1_000,
    open: (session) => ({
      hash: '#/',
      content: {
        heading: mainNetwork(session).name,
        shown: [
          { selector: '[data-testid="stat-members"] p:last-of-type', number: memberCount(session) },
          { selector: '[data-testid="stat-overdue"] p:last-of-type', text: '^\\d' },
        ],
      },
    }),
  },
  {
    id: 'page.riunioni',
    route: '/riunioni',
    title: 'open the Riunioni page, to the meetings listed',
    target: 1_000,
    open: () => ({
      hash: '#/riunioni',
      content: { heading: 'Riunioni', shown: [rowsOf('meetings-past')] },
    }),
  },
  {
    id: 'page.azioni',
    route: '/azioni',
    title: 'open the Azioni page, to its count and table drawn',
    target: 1_000,
    open: (session) => ({
      hash: '#/azioni',
      content: {
        heading: 'Azioni',
        shown: [
          { selector: '[data-testid="actions-count"]', number: liveActionCount(session) },
          { selector: '[data-testid="actions-table"] tbody tr[data-action-id]' },
        ],
      },
    }),
  },
  {
    id: 'page.progetti',
    route: '/progetti',
    title: 'open the Progetti page, to the projects listed',
    target: 1_000,
    open: () => ({
      hash: '#/progetti',
      content: { heading: 'Progetti', shown: [rowsOf('projects-table')] },
    }),
  },
  {
    id: 'page.progetti.progetto',
    route: '/progetti/:projectId',
    title: 'open the project with the most actions, to its linked actions listed',
    target: 1_000,
    open: (session) => {
      const project = busiestProject(session);
      return {
        hash: `#/progetti/${project.id}`,
        content: {
          heading: project.title,
          shown: [{ selector: '[data-testid="indicator-card"]' }, rowsOf('project-actions')],
        },
      };
    },
  },
  {
    id: 'page.rete',
    route: '/rete',
    title: 'open the Rete page, to its members counted and listed',
    target: 500,
    open: (session) => ({
      hash: '#/rete',
      content: {
        heading: 'Enti della rete',
        shown: [
          { selector: '[data-testid="roster-count"]', number: memberCount(session) },
          rowsOf('roster-table'),
        ],
      },
    }),
  },
  {
    id: 'page.rete.ente',
    route: '/rete/ente/:organizationId',
    title: 'open the organization owning the most actions, to its details drawn',
    target: 1_000,
    open: (session) => {
      const organization = busiestOrganization(session);
      return {
        hash: `#/rete/ente/${organization.id}`,
        content: {
          heading: organization.name,
          shown: [{ selector: '[role="tablist"]' }, { selector: '[role="tabpanel"]' }],
        },
      };
    },
  },
  {
    id: 'page.mappa',
    route: '/mappa',
    title: 'open the Mappa page, to the map’s first frame drawn',
    target: 1_000,
    open: () => ({
      hash: '#/mappa',
      content: {
        heading: 'Mappa della rete',
        shown: [{ selector: '[data-testid="map-canvas"] canvas' }],
        mark: 'regia:map-first-frame',
      },
    }),
  },
  {
    id: 'page.scambio',
    route: '/scambio',
    title: 'open the Scambio fogli page, to the partners listed',
    target: 1_000,
    open: () => ({
      hash: '#/scambio',
      content: { heading: 'Scambio fogli', shown: [rowsOf('exchange-partners')] },
    }),
  },
  {
    id: 'page.impostazioni',
    route: '/impostazioni',
    title: 'open the Impostazioni page, to its forms drawn',
    target: 1_000,
    open: () => ({
      hash: '#/impostazioni',
      content: {
        heading: 'Impostazioni',
        shown: [
          { selector: 'form input', atLeast: 2 },
          { selector: 'section[aria-labelledby="issuer-identity-heading"]' },
        ],
      },
    }),
  },
];

/** The routes the bench leaves to another measure, with that measure's id. */
export const pagesMeasuredElsewhere: Readonly<Record<string, string>> = {
  '/riunioni/seduta/:meetingId/:section?': 'meeting.open',
};

function specOf(page: BenchPage): MeasureSpec {
  const limit = page.target;
  return {
    id: page.id,
    title: page.title,
    host: 'chromium',
    unit: 'ms',
    targets: [
      { kind: 'below', limit, statistic: 'median', text: `< ${limit.toLocaleString('en')} ms` },
    ],
  };
}

function byPath(path: string): BenchPage {
  const page = benchPages.find((candidate) => candidate.route === path);
  if (!page) throw new Error(`No bench page has the route ${path}.`);
  return page;
}

/**
 * The pages a run opens: those whose id starts with a prefix given to `--only` (all of them when
 * none is given), so `--only page.rete` opens only the Rete pages.
 */
export function pagesWanted(argv: readonly string[]): readonly BenchPage[] {
  const index = argv.indexOf('--only');
  const prefixes = index === -1 ? [] : (argv[index + 1] ?? '').split(',').filter(Boolean);
  if (prefixes.length === 0) return benchPages;
  return benchPages.filter((page) => prefixes.some((prefix) => page.id.startsWith(prefix)));
}

/**
 * Every page opened on the large network: from the route change (what a click on a link does)
 * to the frame after its main content is drawn, each opening starting from a settled light page.
 */
export const pageOpen: MeasureGroup = {
  name: 'pages',
  measures: benchPages.map(specOf),
  run: async (session): Promise<GroupResult> => {
    const app = await openAppPage(session);
    await waitForDailyBackup(app);
    await installOpener(app);
    const goTo = async (path: string): Promise<void> => {
      const { hash, content } = byPath(path).open(session);
      await openPage(app, hash, content);
      // What the page still reads or lays out after drawing must not land in the next timing.
      await app.waitForTimeout(500);
    };
    const samples: Record<string, number[]> = {};
    for (const page of pagesWanted(process.argv)) {
      const start = page.route === startPath ? startOfStartPath : startPath;
      const { hash, content } = page.open(session);
      samples[page.id] = await repeat(
        session,
        page.id,
        async (run) => {
          await goTo(start);
          const profile = profileFile(session.root, page.id, run);
          return withCpuProfile(app, profile, () => openPage(app, hash, content));
        },
        Math.min(session.runs, maxRuns),
      );
    }
    return {
      samples,
      notes: {
        'page.panoramica': `each page opened from ${startPath} (that one from ${startOfStartPath}), settled; to the frame after its heading, its data and no loader are shown`,
        'page.mappa':
          'to the frame after the map’s first frame (regia:map-first-frame), not its layout settled (map.layout)',
      },
    };
  },
};
