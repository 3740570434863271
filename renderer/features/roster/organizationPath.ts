/** The route of an organization's page. */
export const organizationRoute = '/rete/ente/:organizationId';

/** The hash path of one organization's page. */
export function organizationPath(organizationId: string): string {
  return `/rete/ente/${organizationId}`;
}
