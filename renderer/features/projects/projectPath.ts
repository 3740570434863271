/** The route of one project's page. */
export const projectRoute = '/progetti/:projectId';

/** The hash path of one project's page. */
export function projectPath(projectId: string): string {
  return `/progetti/${projectId}`;
}
