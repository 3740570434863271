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

/** Everything the organization's page shows, read in one go. */
export type OrganizationRecords = {
  organization: Organization;
  contacts: Contact[];
  memberships: Membership[];
  networks: Map<string, Network>;
  actions: Action[];
  attendances: AttendedMeeting[];
  relationships: OrganizationRelationship[];
};

async function actionsOf(
  db: RegiaDatabase,
  organizationId: string,
  networkIds: string[],
): Promise<Action[]> {
  const [owned, supported] = await Promise.all([
    db.actions.where('ownerOrganizationId').equals(organizationId).toArray(),
    db.actions
      .where('networkId')
      .anyOf(networkIds)
      .filter((action) => action.supportingOrganizationIds.includes(organizationId))
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
  const [actions, attendances, relationships] = await Promise.all([
    actionsOf(db, organizationId, [
      ...new Set(memberships.map((membership) => membership.networkId)),
    ]),
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
    actions,
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
