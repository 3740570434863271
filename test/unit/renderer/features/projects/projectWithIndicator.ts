import type { Indicator, Network, Project } from '../../../../../shared/domain';
import {
  createRepositories,
  type DraftOf,
  type Repositories,
  type RepositoryContext,
} from '../../../../../renderer/db';
import type { ProjectData } from '../../../../../renderer/features/projects/useProjectData';

/** Two partners the project tests name: AFOL as capofila, the Comune di Segrate as partner. */
export const afol = '00000000-0000-4000-8000-0000000000a1';
export const segrate = '00000000-0000-4000-8000-0000000000a2';

/** What a test changes of the project, and of its indicator, from the usual ones. */
export type ProjectOverrides = {
  project?: Partial<Omit<DraftOf<'projects'>, 'networkId'>>;
  indicator?: Partial<Omit<DraftOf<'indicators'>, 'projectId'>>;
};

/** A project stored in a network, with the repositories that wrote it. */
export type StoredProject = { repositories: Repositories; network: Network; project: Project };

/** A stored project with one indicator, and the page's data for it (no values yet). */
export type StoredProjectWithIndicator = StoredProject & {
  indicator: Indicator;
  data: ProjectData;
};

/** Stores the network «Ambito di Como» and its project «Emergenza lavoro», in progress. */
export async function createProject(
  context: RepositoryContext,
  overrides: ProjectOverrides['project'] = {},
): Promise<StoredProject> {
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Ambito di Como' });
  const project = await repositories.projects.create({
    title: 'Emergenza lavoro',
    state: 'inCorso',
    ...overrides,
    networkId: network.id,
  });
  return { repositories, network, project };
}

/** Stores the usual project with its quarterly output indicator «Persone prese in carico» (target 200). */
export async function createProjectWithIndicator(
  context: RepositoryContext,
  overrides: ProjectOverrides = {},
): Promise<StoredProjectWithIndicator> {
  const stored = await createProject(context, overrides.project);
  const indicator = await stored.repositories.indicators.create({
    name: 'Persone prese in carico',
    kind: 'output',
    target: 200,
    periodicity: 'trimestre',
    ...overrides.indicator,
    projectId: stored.project.id,
  });
  const data: ProjectData = {
    project: stored.project,
    indicators: [indicator],
    values: [],
    expenditures: [],
    actions: [],
  };
  return { ...stored, indicator, data };
}
