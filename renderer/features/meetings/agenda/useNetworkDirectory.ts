import { useLiveQuery } from 'dexie-react-hooks';
import type {
  AgendaItem,
  Contact,
  Meeting,
  Membership,
  Organization,
} from '../../../../shared/domain';
import { contactFullName, invitedMemberships } from '../../../../shared/meetings';
import type { RegiaDatabase } from '../../../db';
import { useRegia } from '../../../app/RegiaContext';

/** The members of a network with their organizations and referenti, for names and choices. */
export type NetworkDirectory = {
  memberships: Membership[];
  organizations: ReadonlyMap<string, Organization>;
  contacts: ReadonlyMap<string, Contact>;
};

/** What one meeting's page needs to name: its items' presenters, its officers and its invited members. */
export type DirectoryFocus = { meeting: Meeting; items: readonly AgendaItem[] };

const present = <T extends { archivedAt: string | null }>(row: T | undefined): row is T =>
  row !== undefined && !row.archivedAt;

/**
 * The memberships of a network; for a meeting that invites some bodies, only theirs, through the
 * `[networkId+organizationId]` index: a tavolo of 60 bodies in a network of 5,000 members reads 60.
 */
async function readMemberships(
  db: RegiaDatabase,
  networkId: string,
  meeting: Meeting | undefined,
): Promise<Membership[]> {
  if (!meeting || meeting.invitedOrganizationIds.length === 0) {
    return db.memberships.where('networkId').equals(networkId).toArray();
  }
  return db.memberships
    .where('[networkId+organizationId]')
    .anyOf(meeting.invitedOrganizationIds.map((organizationId) => [networkId, organizationId]))
    .toArray();
}

/**
 * Reads the members of a network, their organizations and their contacts. With a focus, only
 * the contacts and organizations that meeting names are read: a network of thousands of
 * members opens its meeting without reading every referente; when the meeting invites some
 * bodies, `memberships` holds only theirs (all a focused reader asks of it is who is invited).
 */
export async function readNetworkDirectory(
  db: RegiaDatabase,
  networkId: string,
  focus?: DirectoryFocus,
): Promise<NetworkDirectory> {
  const memberships = (await readMemberships(db, networkId, focus?.meeting)).filter(
    (membership) => !membership.archivedAt,
  );
  const memberIds = memberships.map((membership) => membership.organizationId);
  let organizations: Organization[];
  let contacts: Contact[];
  if (focus) {
    const { meeting, items } = focus;
    const contactIds = new Set<string>();
    for (const membership of invitedMemberships(meeting, memberships)) {
      membership.representativeContactIds.forEach((id) => contactIds.add(id));
    }
    for (const id of [
      meeting.presidentContactId,
      meeting.secretaryContactId,
      ...items.map((item) => item.presenterContactId),
    ]) {
      if (id) contactIds.add(id);
    }
    contacts = (await db.contacts.bulkGet([...contactIds])).filter(present);
    const organizationIds = new Set([
      ...invitedMemberships(meeting, memberships).map((membership) => membership.organizationId),
      ...items.flatMap((item) =>
        item.presenterOrganizationId ? [item.presenterOrganizationId] : [],
      ),
      ...contacts.map((contact) => contact.organizationId),
    ]);
    const network = await db.networks.get(networkId);
    if (network?.coordinatingOrganizationId)
      organizationIds.add(network.coordinatingOrganizationId);
    organizations = (await db.organizations.bulkGet([...organizationIds])).filter(present);
  } else {
    organizations = (await db.organizations.bulkGet(memberIds)).filter(present);
    contacts = (await db.contacts.where('organizationId').anyOf(memberIds).toArray()).filter(
      (contact) => !contact.archivedAt,
    );
  }
  const known = new Set(memberIds);
  return {
    memberships: memberships.filter((membership) => known.has(membership.organizationId)),
    organizations: new Map(organizations.map((organization) => [organization.id, organization])),
    contacts: new Map(contacts.map((contact) => [contact.id, contact])),
  };
}

/** The directory one meeting's page needs, kept up to date; undefined while it or the items load. */
export function useMeetingDirectory(
  meeting: Meeting,
  items: readonly AgendaItem[] | undefined,
): NetworkDirectory | undefined {
  const { db } = useRegia();
  return useLiveQuery(
    async () =>
      items ? readNetworkDirectory(db, meeting.networkId, { meeting, items }) : undefined,
    [db, meeting, items],
  );
}

/** Who presents an item, as a name: "Contact (Organization)", the organization alone, or ''. */
export function presenterName(
  directory: Pick<NetworkDirectory, 'contacts' | 'organizations'>,
  item: { presenterContactId: string | null; presenterOrganizationId: string | null },
): string {
  const contact = item.presenterContactId ? directory.contacts.get(item.presenterContactId) : null;
  const organizationId = contact?.organizationId ?? item.presenterOrganizationId;
  const organization = organizationId ? directory.organizations.get(organizationId) : null;
  if (contact) {
    return organization
      ? `${contactFullName(contact)} (${organization.name})`
      : contactFullName(contact);
  }
  return organization?.name ?? '';
}
