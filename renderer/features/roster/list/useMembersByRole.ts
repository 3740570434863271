import { useLiveQuery } from 'dexie-react-hooks';
import {
  membershipRoles,
  type Contact,
  type Membership,
  type MembershipRole,
  type Organization,
} from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';

/** A member as the by-role view shows it: with the names of its representatives and delegates. */
export type RoleMember = {
  organization: Organization;
  membership: Membership;
  representatives: Contact[];
  delegates: Contact[];
};

/** The active members of a network in each role, by name; undefined while loading. */
export function useMembersByRole(
  networkId: string,
): { role: MembershipRole; members: RoleMember[] }[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => {
    const memberships = (
      await db.memberships.where('networkId').equals(networkId).toArray()
    ).filter((membership) => !membership.archivedAt);
    const organizations = await db.organizations.bulkGet(
      memberships.map((membership) => membership.organizationId),
    );
    const contactIds = memberships.flatMap((membership) => [
      ...membership.representativeContactIds,
      ...membership.delegateContactIds,
    ]);
    const contacts = new Map(
      (await db.contacts.bulkGet(contactIds))
        .filter((contact): contact is Contact => contact !== undefined && !contact.archivedAt)
        .map((contact) => [contact.id, contact]),
    );
    const pick = (ids: string[]): Contact[] =>
      ids.flatMap((id) => {
        const contact = contacts.get(id);
        return contact ? [contact] : [];
      });
    const members: RoleMember[] = memberships.flatMap((membership, index) => {
      const organization = organizations[index];
      return organization && !organization.archivedAt
        ? [
            {
              organization,
              membership,
              representatives: pick(membership.representativeContactIds),
              delegates: pick(membership.delegateContactIds),
            },
          ]
        : [];
    });
    members.sort((first, second) =>
      first.organization.name.localeCompare(second.organization.name, 'it'),
    );
    return membershipRoles.map((role) => ({
      role,
      members: members.filter((member) => member.membership.role === role),
    }));
  }, [db, networkId]);
}
