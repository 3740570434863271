import type { Action, Meeting } from '../../../../shared/domain';
import type { RegiaDatabase } from '../../../db';

/** The actions a meeting created, in agenda order, with what their rows name. */
export type FollowUp = {
  actions: Action[];
  /** "3. Title" of each agenda item, by its id. */
  itemTitles: ReadonlyMap<string, string>;
  /** The owner organizations' names, by their id. */
  ownerNames: ReadonlyMap<string, string>;
};

/** A meeting, or null when there is none with that id. */
export async function readMeeting(db: RegiaDatabase, meetingId: string): Promise<Meeting | null> {
  return (await db.meetings.get(meetingId)) ?? null;
}

/**
 * The actions a meeting created (their origin is this meeting), archived ones aside: by the order
 * of the item that decided them (items no longer on the agenda last), then by title.
 */
export async function readFollowUp(db: RegiaDatabase, meetingId: string): Promise<FollowUp> {
  const [created, items] = await Promise.all([
    db.actions.where('originMeetingId').equals(meetingId).toArray(),
    db.agendaItems.where('meetingId').equals(meetingId).toArray(),
  ]);
  const actions = created.filter((action) => !action.archivedAt);
  const owners = await db.organizations.bulkGet([
    ...new Set(actions.flatMap((action) => action.ownerOrganizationId ?? [])),
  ]);
  const order = new Map(items.map((item) => [item.id, item.order]));
  const orderOf = (action: Action): number => order.get(action.originAgendaItemId ?? '') ?? 999;
  return {
    actions: actions.toSorted(
      (a, b) => orderOf(a) - orderOf(b) || a.title.localeCompare(b.title, 'it'),
    ),
    itemTitles: new Map(items.map((item) => [item.id, `${item.order}. ${item.title}`])),
    ownerNames: new Map(owners.flatMap((owner) => (owner ? [[owner.id, owner.name]] : []))),
  };
}
