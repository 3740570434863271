import type { Draft, Project } from '../../../shared/domain';
import type { Repositories } from '../../db';

/** What makes a concluded project a buona prassi. */
export type GoodPractice = NonNullable<Project['goodPractice']>;

/** What the project form writes: every field of a project but its network and good practice. */
export type ProjectFields = Omit<Draft<Project>, 'networkId' | 'goodPractice'>;

/** Creates a project of a network, not yet a good practice. */
export function createProject(
  repositories: Repositories,
  networkId: string,
  fields: ProjectFields,
): Promise<Project> {
  return repositories.projects.create({ ...fields, networkId, goodPractice: null });
}

/** Saves the edited fields of a project (its history stays in the audit). */
export function updateProject(
  repositories: Repositories,
  projectId: string,
  fields: ProjectFields,
): Promise<Project> {
  return repositories.projects.update(projectId, fields);
}

/** Marks a project as buona prassi with what made it one, or, given null, removes the mark. */
export function setGoodPractice(
  repositories: Repositories,
  projectId: string,
  goodPractice: GoodPractice | null,
): Promise<Project> {
  return repositories.projects.update(projectId, { goodPractice });
}

/** Archives a project (it leaves the lists and the network's totals) or, with false, restores it. */
export function setProjectArchived(
  repositories: Repositories,
  projectId: string,
  archived: boolean,
): Promise<Project> {
  return archived
    ? repositories.projects.archive(projectId)
    : repositories.projects.restore(projectId);
}
