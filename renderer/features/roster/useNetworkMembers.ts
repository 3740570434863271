import { useLiveQuery } from 'dexie-react-hooks';
import type { Membership, Organization } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';

/** A member of a network: its organization, its membership and how many contacts it has. */
export type NetworkMember = {
  organization: Organization;
  membership: Membership;
  contactCount: number;
};

/** The organizations that belong to a network, by name; undefined while loading. */
export function useNetworkMembers(networkId: string): NetworkMember[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => {
    const memberships = await db.memberships.where('networkId').equals(networkId).toArray();
    const organizationIds = memberships.map((membership) => membership.organizationId);
    const [organizations, contacts] = await Promise.all([
      db.organizations.bulkGet(organizationIds),
      db.contacts.where('organizationId').anyOf(organizationIds).toArray(),
    ]);
    const contactCounts = new Map<string, number>();
    for (const contact of contacts) {
      if (!contact.archivedAt) {
        contactCounts.set(
          contact.organizationId,
          (contactCounts.get(contact.organizationId) ?? 0) + 1,
        );
      }
    }
    return memberships
      .flatMap((membership, index) => {
        const organization = organizations[index];
        return organization
          ? [{ organization, membership, contactCount: contactCounts.get(organization.id) ?? 0 }]
          : [];
      })
      .sort((first, second) =>
        first.organization.name.localeCompare(second.organization.name, 'it'),
      );
  }, [db, networkId]);
}
