import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Action,
  Attendance,
  Contact,
  Meeting,
  Membership,
  Network,
  Organization,
  Relationship,
} from '../../../../shared/domain';
import type { RegiaDatabase } from '../../../db';
import { useRegia } from '../../../app/RegiaContext';

/** A meeting the organization attended, and how. */
export type AttendedMeeting = { attendance: Attendance; meeting: Meeting };

/** A relationship seen from the organization (archived ones too): who is at the other end. */
export type OrganizationRelationship = { relationship: Relationship; other: Organization | null };

/** What the organization's page shows, read in one go; its actions are read apart. */
export type OrganizationRecords = {
  organization: Organization;
  contacts: Contact[];
  memberships: Membership[];
  networks: Map<string, Network>;
  attendances: AttendedMeeting[];
  relationships: OrganizationRelationship[];
};

/**
 * The live actions the organization owns or supports in the given networks, each found through
 * its index; the page reads them apart from the rest and draws meanwhile.
 */
export async function loadOrganizationActions(
  db: RegiaDatabase,
  organizationId: string,
  networkIds: readonly string[],
): Promise<Action[]> {
  const [owned, supported] = await Promise.all([
    db.actions.where('ownerOrganizationId').equals(organizationId).toArray(),
    // Not a scan of the networks' actions: live on the page, it ran again (45,000 actions) after
    // every write to any action of the network, each import of a returns day included.
    db.actions
      .where('supportingOrganizationIds')
      .equals(organizationId)
      .filter((action) => networkIds.includes(action.networkId))
      .toArray(),
  ]);
  const byId = new Map([...owned, ...supported].map((action) => [action.id, action]));
  return [...byId.values()].filter((action) => !action.archivedAt);
}

async function attendancesOf(
  db: RegiaDatabase,
  organizationId: string,
): Promise<AttendedMeeting[]> {
  const attendances = (
    await db.attendances.where('organizationId').equals(organizationId).toArray()
  ).filter((attendance) => !attendance.archivedAt);
  const meetings = await db.meetings.bulkGet(attendances.map((attendance) => attendance.meetingId));
  return attendances
    .flatMap((attendance, index) => {
      const meeting = meetings[index];
      return meeting && !meeting.archivedAt ? [{ attendance, meeting }] : [];
    })
    .sort((first, second) => second.meeting.date.localeCompare(first.meeting.date));
}

async function relationshipsOf(
  db: RegiaDatabase,
  organizationId: string,
): Promise<OrganizationRelationship[]> {
  const [outgoing, incoming] = await Promise.all([
    db.relationships.where('sourceOrganizationId').equals(organizationId).toArray(),
    db.relationships.where('targetOrganizationId').equals(organizationId).toArray(),
  ]);
  const relationships = [...outgoing, ...incoming];
  const others = await db.organizations.bulkGet(
    relationships.map((relationship) =>
      relationship.sourceOrganizationId === organizationId
        ? relationship.targetOrganizationId
        : relationship.sourceOrganizationId,
    ),
  );
  return relationships
    .map((relationship, index) => ({ relationship, other: others[index] ?? null }))
    .sort((first, second) =>
      (first.other?.name ?? '').localeCompare(second.other?.name ?? '', 'it'),
    );
}

/** Reads an organization and what refers to it; null when it does not exist. */
export async function loadOrganizationRecords(
  db: RegiaDatabase,
  organizationId: string,
): Promise<OrganizationRecords | null> {
  const organization = await db.organizations.get(organizationId);
  if (!organization) return null;
  const [contacts, memberships, networks] = await Promise.all([
    db.contacts.where('organizationId').equals(organizationId).toArray(),
    db.memberships.where('organizationId').equals(organizationId).toArray(),
    db.networks.toArray(),
  ]);
  const [attendances, relationships] = await Promise.all([
    attendancesOf(db, organizationId),
    relationshipsOf(db, organizationId),
  ]);
  contacts.sort(
    (first, second) =>
      first.lastName.localeCompare(second.lastName, 'it') ||
      first.firstName.localeCompare(second.firstName, 'it'),
  );
  return {
    organization,
    contacts,
    memberships,
    networks: new Map(networks.map((network) => [network.id, network])),
    attendances,
    relationships,
  };
}

/** The organization's page data, kept current; undefined while loading, null if not found. */
export function useOrganizationRecords(
  organizationId: string,
): OrganizationRecords | null | undefined {
  const { db } = useRegia();
  return useLiveQuery(() => loadOrganizationRecords(db, organizationId), [db, organizationId]);
}

/** The networks an organization is a member of, archived memberships included. */
export function memberNetworkIds(records: Pick<OrganizationRecords, 'memberships'>): string[] {
  return [...new Set(records.memberships.map((membership) => membership.networkId))].sort();
}

/**
 * The organization's actions (owned or supported) in the networks given, kept current; undefined
 * until the networks are known and while loading.
 */
export function useOrganizationActions(
  organizationId: string,
  networkIds: readonly string[] | undefined,
): Action[] | undefined {
  const { db } = useRegia();
  const networkList = networkIds?.join('|');
  return useLiveQuery(
    async () =>
      networkIds === undefined
        ? undefined
        : loadOrganizationActions(db, organizationId, networkIds),
    // The joined list stands for `networkIds`, which may be a new array at every render.
    [db, organizationId, networkList],
  );
}
