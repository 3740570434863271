export { ProjectsPage } from './ProjectsPage';
export { ProjectPage } from './page/ProjectPage';
export { projectPath, projectRoute } from './projectPath';
