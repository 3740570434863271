import type { Project } from '../domain';
import type { MergeSources } from './mergeTypes';
import { sameList, unique, type MergeWrites } from './mergeWrites';

function mergedPartners(
  project: Project,
  mergedId: string,
  survivorId: string,
): Project['partners'] {
  const partners = new Map<string, Project['partners'][number]>();
  for (const partner of project.partners) {
    const organizationId =
      partner.organizationId === mergedId ? survivorId : partner.organizationId;
    const existing = partners.get(organizationId);
    partners.set(
      organizationId,
      existing
        ? { ...existing, budgetShare: existing.budgetShare + partner.budgetShare }
        : { ...partner, organizationId },
    );
  }
  return [...partners.values()];
}

/**
 * Points every other reference at the survivor: contacts, actions (owner and supporters, never
 * the owner among its own supporters), relationships (a self-loop is archived), projects,
 * invitations, presenters, indicator values and coordinated networks.
 */
export function planReferences(sources: MergeSources, plan: MergeWrites): void {
  const mergedId = sources.merged.id;
  const survivorId = sources.survivor.id;
  const swap = (id: string | null): string | null => (id === mergedId ? survivorId : id);
  const swapAll = (ids: readonly string[]): string[] => unique(ids.map((id) => swap(id) ?? id));

  for (const contact of sources.contacts) {
    if (contact.organizationId !== mergedId) continue;
    plan.updates.push({ table: 'contacts', id: contact.id, patch: { organizationId: survivorId } });
  }
  for (const action of sources.actions) {
    const owner = swap(action.ownerOrganizationId);
    const supporting = swapAll(action.supportingOrganizationIds).filter((id) => id !== owner);
    if (
      owner === action.ownerOrganizationId &&
      sameList(supporting, action.supportingOrganizationIds)
    )
      continue;
    plan.updates.push({
      table: 'actions',
      id: action.id,
      patch: { ownerOrganizationId: owner, supportingOrganizationIds: supporting },
    });
  }
  for (const relationship of sources.relationships) {
    const source = swap(relationship.sourceOrganizationId) ?? survivorId;
    const target = swap(relationship.targetOrganizationId) ?? survivorId;
    if (source === target) {
      if (!relationship.archivedAt)
        plan.archives.push({ table: 'relationships', id: relationship.id });
      continue;
    }
    if (
      source === relationship.sourceOrganizationId &&
      target === relationship.targetOrganizationId
    )
      continue;
    plan.updates.push({
      table: 'relationships',
      id: relationship.id,
      patch: { sourceOrganizationId: source, targetOrganizationId: target },
    });
  }
  for (const project of sources.projects) {
    const leadOrganizationId = swap(project.leadOrganizationId);
    const partners = mergedPartners(project, mergedId, survivorId);
    const partnersChanged =
      partners.length !== project.partners.length ||
      partners.some(
        (partner, index) => partner.organizationId !== project.partners[index]?.organizationId,
      );
    if (leadOrganizationId === project.leadOrganizationId && !partnersChanged) continue;
    plan.updates.push({
      table: 'projects',
      id: project.id,
      patch: { leadOrganizationId, partners },
    });
  }
  for (const meeting of sources.meetings) {
    const invited = swapAll(meeting.invitedOrganizationIds);
    if (sameList(invited, meeting.invitedOrganizationIds)) continue;
    plan.updates.push({
      table: 'meetings',
      id: meeting.id,
      patch: { invitedOrganizationIds: invited },
    });
  }
  for (const item of sources.agendaItems) {
    if (item.presenterOrganizationId !== mergedId) continue;
    plan.updates.push({
      table: 'agendaItems',
      id: item.id,
      patch: { presenterOrganizationId: survivorId },
    });
  }
  for (const value of sources.indicatorValues) {
    if (value.organizationId !== mergedId) continue;
    plan.updates.push({
      table: 'indicatorValues',
      id: value.id,
      patch: { organizationId: survivorId },
    });
  }
  for (const network of sources.networks) {
    if (network.coordinatingOrganizationId !== mergedId) continue;
    plan.updates.push({
      table: 'networks',
      id: network.id,
      patch: { coordinatingOrganizationId: survivorId },
    });
  }
}
