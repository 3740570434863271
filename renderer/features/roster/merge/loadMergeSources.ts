import type { MergeSources } from '../../../../shared/roster';
import { RecordNotFoundError, type RegiaDatabase } from '../../../db';

/**
 * Reads everything that refers to the merged organization, through the indexes where they
 * exist; the few references without an index (supported actions, invitations, presenters,
 * project partners, coordinators) are found by a scan, acceptable for a rare, deliberate merge.
 */
export async function loadMergeSources(
  db: RegiaDatabase,
  survivorId: string,
  mergedId: string,
): Promise<MergeSources> {
  const [survivor, merged] = await Promise.all([
    db.organizations.get(survivorId),
    db.organizations.get(mergedId),
  ]);
  if (!survivor) throw new RecordNotFoundError('organizations', survivorId);
  if (!merged) throw new RecordNotFoundError('organizations', mergedId);
  const both = [survivorId, mergedId];
  const refersToMerged = (id: string | null): boolean => id === mergedId;
  const [
    contacts,
    memberships,
    ownedActions,
    supportedActions,
    outgoing,
    incoming,
    attendances,
    projects,
    meetings,
    agendaItems,
    indicatorValues,
    networks,
  ] = await Promise.all([
    db.contacts.where('organizationId').equals(mergedId).toArray(),
    db.memberships.where('organizationId').anyOf(both).toArray(),
    db.actions.where('ownerOrganizationId').equals(mergedId).toArray(),
    db.actions.filter((action) => action.supportingOrganizationIds.includes(mergedId)).toArray(),
    db.relationships.where('sourceOrganizationId').equals(mergedId).toArray(),
    db.relationships.where('targetOrganizationId').equals(mergedId).toArray(),
    db.attendances.where('organizationId').anyOf(both).toArray(),
    db.projects
      .filter(
        (project) =>
          refersToMerged(project.leadOrganizationId) ||
          project.partners.some((partner) => partner.organizationId === mergedId),
      )
      .toArray(),
    db.meetings.filter((meeting) => meeting.invitedOrganizationIds.includes(mergedId)).toArray(),
    db.agendaItems.filter((item) => refersToMerged(item.presenterOrganizationId)).toArray(),
    db.indicatorValues.filter((value) => refersToMerged(value.organizationId)).toArray(),
    db.networks.filter((network) => refersToMerged(network.coordinatingOrganizationId)).toArray(),
  ]);
  const unique = <T extends { id: string }>(rows: T[]): T[] => [
    ...new Map(rows.map((row) => [row.id, row])).values(),
  ];
  return {
    survivor,
    merged,
    contacts,
    memberships,
    actions: unique([...ownedActions, ...supportedActions]),
    relationships: unique([...outgoing, ...incoming]),
    attendances,
    projects,
    meetings,
    agendaItems,
    indicatorValues,
    networks,
  };
}
