import { foldText, type ActionProposal, type ImportPlan } from '../../../../shared/exchange';
import { translate } from '../../../../shared/i18n';
import type { DraftOf, RegiaDatabase } from '../../../db';

/** An accepted new action and the timeline entry that says who proposed it. */
export type NewActionWrite = {
  draft: DraftOf<'actions'>;
  entryText: string;
};

/**
 * The drafts of the new actions a partner proposed and the coordinator accepted: owned by the
 * partner, in the network's project the partner named (when one has that title), with the
 * partner's note (or a line naming the proposal) as the first entry of the timeline.
 */
export async function newActionWrites(
  db: RegiaDatabase,
  networkId: string,
  plan: ImportPlan,
): Promise<NewActionWrite[]> {
  if (plan.newActions.length === 0) return [];
  const projects = await db.projects.where('networkId').equals(networkId).toArray();
  const projectIdOf = (proposal: ActionProposal): string | null => {
    if (proposal.project === '') return null;
    const folded = foldText(proposal.project);
    return (
      projects.find((project) => project.archivedAt === null && foldText(project.title) === folded)
        ?.id ?? null
    );
  };
  return plan.newActions.map((proposal) => ({
    draft: {
      networkId,
      title: proposal.title,
      description: '',
      ownerOrganizationId: plan.partnerId,
      ownerContactId: null,
      supportingOrganizationIds: [],
      projectId: projectIdOf(proposal),
      dueDate: proposal.dueDate,
      status: proposal.status,
      priority: 'media',
      progress: proposal.progress,
      tags: [],
      originMeetingId: null,
      originAgendaItemId: null,
    },
    entryText:
      proposal.note !== ''
        ? proposal.note
        : translate('it', 'exchange.proposal.timelineText', { partner: plan.partnerName }),
  }));
}
