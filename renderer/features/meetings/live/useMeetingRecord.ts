import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Action,
  AgendaItem,
  Attendance,
  Contact,
  Meeting,
  Membership,
  Network,
  Organization,
} from '../../../../shared/domain';
import { expectedOrganizationIdsOf } from '../../../../shared/meetings/presence';
import { isMembershipActiveOn } from '../../../../shared/meetings/quorum';
import { useRegia } from '../../../app/RegiaContext';

/** Everything recorded about a meeting, with the network it belongs to. */
export type MeetingRecord = {
  network: Network | null;
  /** Memberships of the network on the meeting's day (for presence); `expected` is in name order. */
  memberships: Membership[];
  /**
   * The bodies the meeting expects, in name order: its invited bodies when it has any, otherwise
   * the network's members; each with its membership, or null for an invited body outside it.
   */
  expected: ExpectedBody[];
  /** The bodies the meeting names: expected, attending, by proxy, presenting, owning actions, coordinating. */
  organizations: Map<string, Organization>;
  /** The people it names: officers, attendees, presenters, action owners, expected bodies' representatives and delegates. */
  contacts: Map<string, Contact>;
  attendances: Attendance[];
  items: AgendaItem[];
  actions: Action[];
  /** The network's meetings, oldest first, for choosing where minutes are approved. */
  meetings: Meeting[];
};

/** A body expected at the meeting, with its membership when it is a member. */
export type ExpectedBody = { organizationId: string; membership: Membership | null };

const byId = <T extends { id: string }>(rows: T[]): Map<string, T> =>
  new Map(rows.map((row) => [row.id, row]));

/** Reads, and keeps current, what a meeting records; undefined while loading. */
export function useMeetingRecord(meeting: Meeting): MeetingRecord | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => {
    const [network, allMemberships, attendances, items, actions, meetings] = await Promise.all([
      db.networks.get(meeting.networkId),
      db.memberships.where('networkId').equals(meeting.networkId).toArray(),
      db.attendances.where('meetingId').equals(meeting.id).toArray(),
      db.agendaItems
        .where('[meetingId+order]')
        .between([meeting.id, -1], [meeting.id, 1e9])
        .toArray(),
      db.actions.where('originMeetingId').equals(meeting.id).toArray(),
      db.meetings
        .where('[networkId+date]')
        .between([meeting.networkId, ''], [meeting.networkId, '\uffff'])
        .toArray(),
    ]);
    const memberships = allMemberships.filter((membership) =>
      isMembershipActiveOn(membership, meeting.date),
    );
    const expectedIds = expectedOrganizationIdsOf(meeting, memberships);
    const expectedSet = new Set(expectedIds);
    // Only the bodies and people the meeting names are read: a network of thousands of members
    // must not load them all to open a tavolo tecnico of a few invited bodies.
    const organizationIds = [
      ...new Set([
        ...expectedIds,
        ...attendances.flatMap((attendance) => [
          attendance.organizationId,
          ...(attendance.proxyOrganizationId ? [attendance.proxyOrganizationId] : []),
        ]),
        ...items.flatMap((item) =>
          item.presenterOrganizationId ? [item.presenterOrganizationId] : [],
        ),
        ...actions.flatMap((action) =>
          action.ownerOrganizationId ? [action.ownerOrganizationId] : [],
        ),
        ...(network?.coordinatingOrganizationId ? [network.coordinatingOrganizationId] : []),
      ]),
    ];
    const organizations = byId(
      (await db.organizations.bulkGet(organizationIds)).filter((row) => row !== undefined),
    );
    const contactIds = [
      meeting.presidentContactId,
      meeting.secretaryContactId,
      ...attendances.map((attendance) => attendance.contactId),
      ...items.map((item) => item.presenterContactId),
      ...memberships
        .filter((membership) => expectedSet.has(membership.organizationId))
        .flatMap((membership) => [
          ...membership.representativeContactIds,
          ...membership.delegateContactIds,
        ]),
      ...actions.map((action) => action.ownerContactId),
    ].filter((id) => id !== null);
    const contacts = byId(
      (await db.contacts.bulkGet([...new Set(contactIds)])).filter((row) => row !== undefined),
    );
    const membershipOf = new Map(memberships.map((row) => [row.organizationId, row]));
    const expected = expectedIds
      .map((organizationId) => ({
        organizationId,
        membership: membershipOf.get(organizationId) ?? null,
      }))
      .sort((first, second) =>
        (organizations.get(first.organizationId)?.name ?? '').localeCompare(
          organizations.get(second.organizationId)?.name ?? '',
          'it',
        ),
      );
    return {
      network: network ?? null,
      memberships,
      expected,
      organizations,
      contacts,
      attendances: attendances.filter((attendance) => attendance.archivedAt === null),
      items: items.filter((item) => item.archivedAt === null),
      actions: actions.filter((action) => action.archivedAt === null),
      meetings: meetings.filter((row) => row.archivedAt === null),
    };
  }, [db, meeting]);
}
