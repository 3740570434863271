import type { Membership, Organization } from '../../shared/domain';
import type { RegiaDatabase } from '../db';

/** A member of a network: its organization and its membership. */
export type NetworkMember = { organization: Organization; membership: Membership };

/**
 * The members of a network: memberships not archived whose organization exists and is not
 * archived, sorted by the organization's name. The one definition every page counts and lists by.
 */
export async function readNetworkMembers(
  db: RegiaDatabase,
  networkId: string,
): Promise<NetworkMember[]> {
  const memberships = (await db.memberships.where('networkId').equals(networkId).toArray()).filter(
    (membership) => !membership.archivedAt,
  );
  const organizations = await db.organizations.bulkGet(
    memberships.map((membership) => membership.organizationId),
  );
  return memberships
    .flatMap((membership, index) => {
      const organization = organizations[index];
      return organization && !organization.archivedAt ? [{ organization, membership }] : [];
    })
    .sort((first, second) => first.organization.name.localeCompare(second.organization.name, 'it'));
}
