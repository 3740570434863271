import type { Contact, Membership, MembershipRole, Organization } from '../../../shared/domain';
import type { Repositories, RegiaDatabase } from '../../db';
import {
  organizationDraftOf,
  type OrganizationFormValues,
} from './organizationForm/organizationFormValues';

/** What the roster commands write through: every write validates and audits in its repository. */
export type RosterWriters = { db: RegiaDatabase; repositories: Repositories };

/** The network a new organization joins, and how. */
export type NewMembership = { networkId: string; role: MembershipRole; votingRight: boolean };

/** Creates an organization and, when given, its membership of a network, in one transaction. */
export function createOrganization(
  { db, repositories }: RosterWriters,
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
  { repositories }: RosterWriters,
  organizationId: string,
  values: OrganizationFormValues,
): Promise<Organization> {
  return repositories.organizations.update(organizationId, organizationDraftOf(values));
}

/** What the contact form edits. */
export type ContactValues = Pick<
  Contact,
  'firstName' | 'lastName' | 'role' | 'email' | 'phone' | 'notes'
>;

/** Creates a contact of an organization, or saves an existing one, with its text trimmed. */
export function saveContact(
  { repositories }: RosterWriters,
  target: { organizationId: string; contactId: string | null },
  values: ContactValues,
): Promise<Contact> {
  const draft: ContactValues = {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    role: values.role.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    notes: values.notes.trim(),
  };
  return target.contactId
    ? repositories.contacts.update(target.contactId, draft)
    : repositories.contacts.create({ ...draft, organizationId: target.organizationId });
}

/** What the membership form edits; the network is chosen only for a new membership. */
export type MembershipValues = Pick<
  Membership,
  'role' | 'votingRight' | 'from' | 'to' | 'representativeContactIds' | 'delegateContactIds'
>;

/** Records an organization's membership of a network, or saves an existing one. */
export function saveMembership(
  { repositories }: RosterWriters,
  target: { organizationId: string; networkId: string; membershipId: string | null },
  values: MembershipValues,
): Promise<Membership> {
  return target.membershipId
    ? repositories.memberships.update(target.membershipId, values)
    : repositories.memberships.create({
        ...values,
        networkId: target.networkId,
        organizationId: target.organizationId,
      });
}

/** The roster's tables whose records are archived and restored, never deleted. */
export type RosterTable = 'organizations' | 'contacts' | 'memberships';

/** Archives (or, with `archived` false, restores) an organization, a contact or a membership. */
export function setRosterArchived(
  { repositories }: RosterWriters,
  table: RosterTable,
  id: string,
  archived: boolean,
): Promise<unknown> {
  const repository = repositories[table];
  return archived ? repository.archive(id) : repository.restore(id);
}
