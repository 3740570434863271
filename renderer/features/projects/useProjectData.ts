import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Action,
  Expenditure,
  Indicator,
  IndicatorValue,
  Organization,
  Project,
} from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import { compareText } from '../../../shared/actions';
import type { RegiaDatabase } from '../../db';
import { queryMemory, useRememberedQuery } from '../../data';

/** A choice of a select: an id and what the user reads. */
export type Choice = { value: string; label: string };

/** The network's member organizations, as choices and as names by id. */
export type OrganizationLookup = { choices: Choice[]; names: ReadonlyMap<string, string> };

/**
 * Organizations by id, in the order of `ids`: a large network's members are most of the stored
 * organizations, and one read of the whole table then costs far less than a lookup per id.
 */
async function organizationsByIds(
  db: RegiaDatabase,
  ids: readonly string[],
): Promise<(Organization | undefined)[]> {
  if (ids.length < 200 || ids.length * 2 < (await db.organizations.count())) {
    return db.organizations.bulkGet([...ids]);
  }
  const byId = new Map((await db.organizations.toArray()).map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

/** The names of a network's members, as choices by name, and of any organization a project names. */
export async function readOrganizationLookup(
  db: RegiaDatabase,
  networkId: string,
): Promise<OrganizationLookup> {
  const [memberships, projects] = await Promise.all([
    db.memberships.where('networkId').equals(networkId).toArray(),
    db.projects.where('networkId').equals(networkId).toArray(),
  ]);
  const live = memberships.filter((membership) => !membership.archivedAt);
  const organizations = await organizationsByIds(
    db,
    live.map((membership) => membership.organizationId),
  );
  // One shared collator: `localeCompare(…, 'it')` per comparison costs seconds over 5,000 members.
  const choices: Choice[] = organizations
    .flatMap((organization) =>
      organization && !organization.archivedAt
        ? [{ value: organization.id, label: organization.name }]
        : [],
    )
    .sort((first, second) => compareText(first.label, second.label));
  const names = new Map<string, string>(choices.map((choice) => [choice.value, choice.label]));
  const namedByProjects = new Set<string>();
  for (const project of projects) {
    if (project.leadOrganizationId) namedByProjects.add(project.leadOrganizationId);
    for (const partner of project.partners) namedByProjects.add(partner.organizationId);
  }
  const others = await db.organizations.bulkGet(
    [...namedByProjects].filter((id) => !names.has(id)),
  );
  for (const organization of others) {
    if (organization) names.set(organization.id, organization.name);
  }
  return { choices, names };
}

const lookupTables = ['memberships', 'organizations', 'projects'] as const;
const lookupMemory = queryMemory<OrganizationLookup>();

/**
 * Reads the names of a network's members (and of any organization a project names). Not a live
 * query, which would note each of a large network's 5,000 organizations read: remembered until
 * one of its tables changes, so the projects' pages opened again name them at once.
 */
export function useOrganizationLookup(networkId: string): OrganizationLookup | undefined {
  const { db } = useRegia();
  return useRememberedQuery(lookupMemory, db, lookupTables, [db.name, networkId].join('|'), () =>
    readOrganizationLookup(db, networkId),
  );
}

/** Everything one project's page shows. */
export type ProjectData = {
  project: Project;
  indicators: Indicator[];
  values: IndicatorValue[];
  expenditures: Expenditure[];
  actions: Action[];
};

/** Reads a project with its indicators, values, spending and linked actions; null if missing. */
export function useProjectData(projectId: string): ProjectData | null | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => {
    const project = await db.projects.get(projectId);
    if (!project) return null;
    const [indicators, values, expenditures, actions] = await Promise.all([
      db.indicators.where('projectId').equals(projectId).toArray(),
      db.indicatorValues.where('projectId').equals(projectId).toArray(),
      db.expenditures.where('projectId').equals(projectId).toArray(),
      db.actions.where('[networkId+projectId]').equals([project.networkId, projectId]).toArray(),
    ]);
    return {
      project,
      indicators: indicators
        .filter((indicator) => indicator.archivedAt === null)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name)),
      values,
      expenditures,
      actions: actions
        .filter((action) => action.archivedAt === null)
        .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
    };
  }, [db, projectId]);
}

/** The projects of a network with all their indicators, values and spending. */
export type NetworkProjects = {
  projects: Project[];
  indicators: Indicator[];
  values: IndicatorValue[];
  expenditures: Expenditure[];
};

/** Reads every project of a network (archived ones too) and their figures. */
export function useNetworkProjects(networkId: string): NetworkProjects | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => {
    const projects = await db.projects.where('networkId').equals(networkId).toArray();
    const projectIds = projects.map((project) => project.id);
    const [indicators, values, expenditures] = await Promise.all([
      db.indicators.where('projectId').anyOf(projectIds).toArray(),
      db.indicatorValues.where('projectId').anyOf(projectIds).toArray(),
      db.expenditures.where('projectId').anyOf(projectIds).toArray(),
    ]);
    projects.sort((a, b) => a.title.localeCompare(b.title, 'it'));
    return {
      projects,
      indicators: indicators.filter((indicator) => indicator.archivedAt === null),
      values,
      expenditures,
    };
  }, [db, networkId]);
}
