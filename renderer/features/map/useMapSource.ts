import { useLiveQuery } from 'dexie-react-hooks';
import type { MapSourceData } from '../../../shared/map';
import { useRegia } from '../../app/RegiaContext';

/** Everything the map of a network is derived from, kept current; undefined while loading. */
export function useMapSource(networkId: string): MapSourceData | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => {
    const [memberships, relationships, projects, actions, meetings] = await Promise.all([
      db.memberships.where('networkId').equals(networkId).toArray(),
      db.relationships.where('networkId').equals(networkId).toArray(),
      db.projects.where('networkId').equals(networkId).toArray(),
      db.actions.where('networkId').equals(networkId).toArray(),
      db.meetings.where('networkId').equals(networkId).toArray(),
    ]);
    const attendances =
      meetings.length === 0
        ? []
        : await db.attendances
            .where('meetingId')
            .anyOf(meetings.map((meeting) => meeting.id))
            .toArray();
    const organizationIds = new Set<string>();
    const add = (id: string | null): void => {
      if (id) organizationIds.add(id);
    };
    memberships.forEach((membership) => add(membership.organizationId));
    relationships.forEach((relationship) => {
      add(relationship.sourceOrganizationId);
      add(relationship.targetOrganizationId);
    });
    projects.forEach((project) => {
      add(project.leadOrganizationId);
      project.partners.forEach((partner) => add(partner.organizationId));
    });
    actions.forEach((action) => {
      add(action.ownerOrganizationId);
      action.supportingOrganizationIds.forEach(add);
    });
    attendances.forEach((attendance) => add(attendance.organizationId));
    const organizations = (await db.organizations.bulkGet([...organizationIds])).flatMap((row) =>
      row ? [row] : [],
    );
    return { organizations, memberships, relationships, projects, actions, meetings, attendances };
  }, [db, networkId]);
}
