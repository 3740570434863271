import type { MembershipRole, Organization } from '../../../../shared/domain';
import type { Repositories, RegiaDatabase } from '../../../db';
import { organizationDraftOf, type OrganizationFormValues } from './organizationFormValues';

/** The network a new organization joins, and how. */
export type NewMembership = { networkId: string; role: MembershipRole; votingRight: boolean };

/** Creates an organization and, when given, its membership of a network, in one transaction. */
export function createOrganization(
  db: RegiaDatabase,
  repositories: Repositories,
  values: OrganizationFormValues,
  membership: NewMembership | null,
): Promise<Organization> {
  return db.transaction('rw', [db.organizations, db.memberships, db.auditEntries], async () => {
    const created = await repositories.organizations.create(organizationDraftOf(values));
    if (membership) {
      await repositories.memberships.create({ ...membership, organizationId: created.id });
    }
    return created;
  });
}

/** Saves the edited fields of an organization. */
export function updateOrganization(
  repositories: Repositories,
  organizationId: string,
  values: OrganizationFormValues,
): Promise<Organization> {
  return repositories.organizations.update(organizationId, organizationDraftOf(values));
}
