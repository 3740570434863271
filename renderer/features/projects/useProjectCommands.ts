import type { Project } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import {
  createProject,
  setGoodPractice,
  setProjectArchived,
  updateProject,
  type GoodPractice,
  type ProjectFields,
} from './projectWrites';

/** The project commands a component calls. */
export type ProjectCommands = {
  create(networkId: string, fields: ProjectFields): Promise<Project>;
  update(projectId: string, fields: ProjectFields): Promise<Project>;
  setGoodPractice(projectId: string, goodPractice: GoodPractice | null): Promise<Project>;
  setArchived(projectId: string, archived: boolean): Promise<Project>;
};

/** The project commands bound to the app's repositories. */
export function useProjectCommands(): ProjectCommands {
  const { repositories } = useRegia();
  return {
    create: (networkId, fields) => createProject(repositories, networkId, fields),
    update: (projectId, fields) => updateProject(repositories, projectId, fields),
    setGoodPractice: (projectId, goodPractice) =>
      setGoodPractice(repositories, projectId, goodPractice),
    setArchived: (projectId, archived) => setProjectArchived(repositories, projectId, archived),
  };
}
