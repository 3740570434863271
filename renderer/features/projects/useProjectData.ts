import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Action,
  Expenditure,
  Indicator,
  IndicatorValue,
  Project,
} from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import { readNetworkMembers } from '../../data';

/** A choice of a select: an id and what the user reads. */
export type Choice = { value: string; label: string };

/** The network's member organizations, as choices and as names by id. */
export type OrganizationLookup = { choices: Choice[]; names: ReadonlyMap<string, string> };

/** Reads the names of a network's members (and of any organization a project names). */
export function useOrganizationLookup(networkId: string): OrganizationLookup | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => {
    const [members, projects] = await Promise.all([
      readNetworkMembers(db, networkId),
      db.projects.where('networkId').equals(networkId).toArray(),
    ]);
    const names = new Map<string, string>(
      members.map(({ organization }) => [organization.id, organization.name]),
    );
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
    const choices: Choice[] = members.map(({ organization }) => ({
      value: organization.id,
      label: organization.name,
    }));
    return { choices, names };
  }, [db, networkId]);
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
