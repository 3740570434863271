import type { AgendaItem, Meeting } from '../domain';
import { actionsProgressItem, otherBusinessItem, previousMinutesItem } from './agendaTemplates';
import { normalizeForSearch } from '../search';

const standingTitles = [previousMinutesItem, actionsProgressItem, otherBusinessItem].map((item) =>
  normalizeForSearch(item.title),
);

/**
 * Whether an item comes back in the next meeting of a series: marked recurring, or one of the
 * standing items every meeting has (approval of the previous minutes, actions' progress, varie).
 */
export function isRecurringItem(item: Pick<AgendaItem, 'recurring' | 'title'>): boolean {
  return item.recurring || standingTitles.includes(normalizeForSearch(item.title));
}

/** A postponed item proposed for a new meeting, with the meeting it was postponed in. */
export type PostponedItemProposal = {
  item: AgendaItem;
  meeting: Pick<Meeting, 'id' | 'number' | 'year' | 'date'>;
};

/**
 * The items postponed (rinviato) in the network's meetings that no later item takes up yet, the
 * oldest first: what the secretary is offered when preparing the next agenda. Items of archived
 * or cancelled meetings, and of the meeting being prepared, are left out.
 */
export function postponedItemProposals(
  meetings: readonly Meeting[],
  items: readonly AgendaItem[],
  excludeMeetingId: string | null = null,
): PostponedItemProposal[] {
  const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const takenUp = new Set(
    items
      .filter((item) => !item.archivedAt && item.carriedFromItemId !== null)
      .map((item) => item.carriedFromItemId),
  );
  return items
    .flatMap((item) => {
      const meeting = byId.get(item.meetingId);
      const usable =
        meeting &&
        !meeting.archivedAt &&
        meeting.status !== 'annullata' &&
        meeting.id !== excludeMeetingId &&
        !item.archivedAt &&
        item.decision?.outcome === 'rinviato' &&
        !takenUp.has(item.id);
      return usable ? [{ item, meeting }] : [];
    })
    .toSorted(
      (a, b) => a.meeting.date.localeCompare(b.meeting.date) || a.item.order - b.item.order,
    );
}
