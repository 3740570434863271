import type { Action, Organization } from '../../../shared/domain';
import type { MapSourceData } from '../../../shared/map';
import type { RegiaDatabase } from '../../db';

/**
 * Past this many keys, one read of a whole table and a filter beat a lookup per key: a lookup
 * walks a cursor key by key (tens of seconds for a large network's meetings), a whole read is
 * one request.
 */
export const wholeTableThreshold = 200;

/** The rows of a table with the given keys, by a lookup per key or, for many, the whole table. */
async function rowsByKey<T>(
  keys: ReadonlySet<string>,
  lookup: (keys: string[]) => Promise<T[]>,
  whole: () => Promise<T[]>,
  keyOf: (row: T) => string,
): Promise<T[]> {
  if (keys.size === 0) return [];
  if (keys.size <= wholeTableThreshold) return lookup([...keys]);
  return (await whole()).filter((row) => keys.has(keyOf(row)));
}

/** Everyone the map's records name: members, relationships' ends, projects', actions' and meetings' organizations. */
function organizationIdsOf(data: Omit<MapSourceData, 'organizations'>): Set<string> {
  const ids = new Set<string>();
  const add = (id: string | null): void => {
    if (id) ids.add(id);
  };
  data.memberships.forEach((membership) => add(membership.organizationId));
  data.relationships.forEach((relationship) => {
    add(relationship.sourceOrganizationId);
    add(relationship.targetOrganizationId);
  });
  data.projects.forEach((project) => {
    add(project.leadOrganizationId);
    project.partners.forEach((partner) => add(partner.organizationId));
  });
  data.actions.forEach((action) => {
    add(action.ownerOrganizationId);
    action.supportingOrganizationIds.forEach(add);
  });
  data.attendances.forEach((attendance) => add(attendance.organizationId));
  return ids;
}

/** What the map reads itself: everything but the actions, with the organizations they name. */
export type MapRecords = Omit<MapSourceData, 'actions'>;

/**
 * Everything the map of a network is derived from but its actions, which come from the copy the
 * action views share (read meanwhile): each table through its network index, the attendances
 * and the organizations of a large network in one read each. The organizations are those the
 * records name or, for a large network, all of them (`mapSourceOf` keeps the named ones).
 */
export async function readMapRecords(db: RegiaDatabase, networkId: string): Promise<MapRecords> {
  const [memberships, relationships, projects, meetings] = await Promise.all([
    db.memberships.where('networkId').equals(networkId).toArray(),
    db.relationships.where('networkId').equals(networkId).toArray(),
    db.projects.where('networkId').equals(networkId).toArray(),
    db.meetings.where('networkId').equals(networkId).toArray(),
  ]);
  const attendances = await rowsByKey(
    new Set(meetings.map((meeting) => meeting.id)),
    (meetingIds) => db.attendances.where('meetingId').anyOf(meetingIds).toArray(),
    () => db.attendances.toArray(),
    (attendance) => attendance.meetingId,
  );
  const named = { memberships, relationships, projects, actions: [], meetings, attendances };
  const ids = organizationIdsOf(named);
  const organizations =
    ids.size > wholeTableThreshold
      ? await db.organizations.toArray()
      : (await db.organizations.bulkGet([...ids])).flatMap((row) => (row ? [row] : []));
  return { organizations, memberships, relationships, projects, meetings, attendances };
}

/** The organizations the actions name that the records did not bring: read apart, by key. */
export function missingOrganizationIds(records: MapRecords, actions: readonly Action[]): string[] {
  const read = new Set(records.organizations.map((organization) => organization.id));
  const ids = organizationIdsOf({ ...records, actions });
  return [...ids].filter((id) => !read.has(id)).sort();
}

/** The map's source: the records, the actions, and only the organizations they name. */
export function mapSourceOf(
  records: MapRecords,
  actions: readonly Action[],
  more: readonly Organization[],
): MapSourceData {
  const ids = organizationIdsOf({ ...records, actions });
  const organizations = [...records.organizations, ...more].filter((organization) =>
    ids.has(organization.id),
  );
  return { ...records, organizations, actions };
}
