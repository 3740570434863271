import type { Action, Organization, Project } from '../domain';
import { SharedWorkCounter } from './derivedLinks';
import type { MapFilters } from './mapFilters';
import type { MapEdge, MapModel, MapNode, MapSourceData } from './mapTypes';
import { hasStartedBy, isActiveOn } from './timeFilter';

const present = new Set(['presente', 'delegato']);

const isLive = (row: { archivedAt: string | null }): boolean => row.archivedAt === null;

/** Everyone a project names: its lead and its partners. */
function projectParticipants(project: Project): string[] {
  const partners = project.partners.map((partner) => partner.organizationId);
  return project.leadOrganizationId ? [project.leadOrganizationId, ...partners] : partners;
}

/** Everyone an action names: its owner and the organizations supporting it. */
function actionParticipants(action: Action): string[] {
  const supporting = action.supportingOrganizationIds;
  return action.ownerOrganizationId ? [action.ownerOrganizationId, ...supporting] : supporting;
}

/** The day an action began: the meeting that decided it, or when it was recorded. */
function actionStart(action: Action, meetingDates: ReadonlyMap<string, string>): string {
  const meetingDate = action.originMeetingId ? meetingDates.get(action.originMeetingId) : undefined;
  return meetingDate ?? action.createdAt.slice(0, 10);
}

/**
 * The map of one network under some filters: the organizations that were members on the
 * chosen day or are linked then, the relationships recorded between them, and links derived
 * from the projects, actions and meetings they share (weighted by how many).
 */
export function deriveNetworkMap(data: MapSourceData, filters: MapFilters): MapModel {
  const { date } = filters;
  const selectedProjects = new Set(filters.projectIds);
  const byProject = selectedProjects.size > 0;
  const meetingDates = new Map(
    data.meetings.filter(isLive).map((meeting) => [meeting.id, meeting.date]),
  );

  const projects = data.projects.filter(
    (project) =>
      isLive(project) &&
      isActiveOn(project.periodFrom, project.periodTo, date) &&
      (!byProject || selectedProjects.has(project.id)),
  );
  const actions = data.actions.filter(
    (action) =>
      isLive(action) &&
      action.status !== 'annullata' &&
      hasStartedBy(actionStart(action, meetingDates), date) &&
      (!byProject || (action.projectId !== null && selectedProjects.has(action.projectId))),
  );

  const edges: MapEdge[] = [];
  // A loop, not push(...): a large network derives more links than a call can take as arguments.
  const addDerived = (counter: SharedWorkCounter): void => {
    for (const edge of counter.edges()) {
      if (edge.weight >= filters.minSharedWork) edges.push(edge);
    }
  };
  if (filters.links.relationship) {
    const kinds = new Set(filters.relationshipKinds);
    for (const relationship of data.relationships) {
      if (!isLive(relationship)) continue;
      if (kinds.size > 0 && !kinds.has(relationship.kind)) continue;
      if (!isActiveOn(relationship.from, relationship.to, date)) continue;
      edges.push({
        id: relationship.id,
        source: relationship.sourceOrganizationId,
        target: relationship.targetOrganizationId,
        origin: 'relationship',
        kind: relationship.kind,
        directed: relationship.directed,
        weight: relationship.weight,
        from: relationship.from,
        to: relationship.to,
        notes: relationship.notes,
        basis: [],
      });
    }
  }
  if (filters.links.project) {
    const counter = new SharedWorkCounter('project');
    for (const project of projects) counter.add(project.id, projectParticipants(project));
    addDerived(counter);
  }
  if (filters.links.action) {
    const counter = new SharedWorkCounter('action');
    for (const action of actions) counter.add(action.id, actionParticipants(action));
    addDerived(counter);
  }
  if (filters.links.meeting) {
    const attendees = new Map<string, string[]>();
    for (const attendance of data.attendances) {
      const meetingDate = meetingDates.get(attendance.meetingId);
      if (!isLive(attendance) || meetingDate === undefined) continue;
      if (!present.has(attendance.status) || !hasStartedBy(meetingDate, date)) continue;
      const list = attendees.get(attendance.meetingId) ?? [];
      list.push(attendance.organizationId);
      attendees.set(attendance.meetingId, list);
    }
    const counter = new SharedWorkCounter('meeting');
    for (const [meetingId, organizationIds] of attendees) counter.add(meetingId, organizationIds);
    addDerived(counter);
  }

  const organizations = new Map(
    data.organizations.filter(isLive).map((organization) => [organization.id, organization]),
  );
  const roles = new Map(
    data.memberships
      .filter(
        (membership) => isLive(membership) && isActiveOn(membership.from, membership.to, date),
      )
      .map((membership) => [membership.organizationId, membership.role]),
  );
  const candidates = new Set([
    ...roles.keys(),
    ...edges.flatMap((edge) => [edge.source, edge.target]),
  ]);

  const participants = byProject
    ? new Set([...projects.flatMap(projectParticipants), ...actions.flatMap(actionParticipants)])
    : null;
  const types = new Set<string>(filters.organizationTypes);
  const areas = new Set(filters.areasOfWork);
  const provincie = new Set(filters.provincie);
  const shown = (organization: Organization): boolean =>
    (participants === null || participants.has(organization.id)) &&
    (types.size === 0 || types.has(organization.type)) &&
    (areas.size === 0 || organization.areasOfWork.some((area) => areas.has(area))) &&
    (provincie.size === 0 || provincie.has(organization.provincia));

  const actionCounts = new Map<string, number>();
  for (const action of actions) {
    for (const id of new Set(actionParticipants(action))) {
      actionCounts.set(id, (actionCounts.get(id) ?? 0) + 1);
    }
  }

  const nodes: MapNode[] = [];
  for (const id of candidates) {
    const organization = organizations.get(id);
    if (!organization || !shown(organization)) continue;
    nodes.push({
      id,
      label: organization.name,
      type: organization.type,
      provincia: organization.provincia,
      comune: organization.comune,
      areasOfWork: organization.areasOfWork,
      notes: organization.notes,
      role: roles.get(id) ?? null,
      actionCount: actionCounts.get(id) ?? 0,
    });
  }
  nodes.sort((a, b) => a.label.localeCompare(b.label, 'it'));
  const nodeIds = new Set(nodes.map((node) => node.id));
  return {
    nodes,
    edges: edges.filter(
      (edge) => edge.source !== edge.target && nodeIds.has(edge.source) && nodeIds.has(edge.target),
    ),
  };
}
