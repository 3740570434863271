import Dexie from 'dexie';
import { sortActions } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import type { RegiaDatabase } from '../../db';
import { defaultActionSort } from './actionIndexes';

/** The Azioni page's first screen, read before the network's actions are: the count and the top rows. */
export type FirstActions = {
  /** How many live actions the network has: the page's count with no filter. */
  liveCount: number;
  /** The first live actions in the page's opening order (due date, then title). */
  first: Action[];
};

/** Enough rows to fill the table's first screen on a tall window. */
export const firstActionsShown = 40;

const isLive = (action: Action): boolean => action.archivedAt === null;

/** How many live actions a network has, from its indexes alone: no action is read. */
async function countLiveActions(db: RegiaDatabase, networkId: string): Promise<number> {
  const [all, archived] = await Promise.all([
    db.actions.where('networkId').equals(networkId).count(),
    db.actions
      .where('[networkId+archivedAt]')
      .between([networkId, Dexie.minKey], [networkId, Dexie.maxKey])
      .count(),
  ]);
  return all - archived;
}

/**
 * The live count and the first `shown` live actions in the Azioni page's opening order, read
 * through `[networkId+dueDate]`: tens of rows instead of the network's tens of thousands. Every
 * action due on the last row's day is read too, so that ties are ordered by title as the page
 * orders them. Null when fewer than `shown` live actions have a due date (those without one come
 * last, outside the index): such a network is small enough to be read whole.
 */
export async function readFirstActions(
  db: RegiaDatabase,
  networkId: string,
  shown: number = firstActionsShown,
): Promise<FirstActions | null> {
  const dated = db.actions
    .where('[networkId+dueDate]')
    .between([networkId, Dexie.minKey], [networkId, Dexie.maxKey]);
  const [liveCount, earliest] = await Promise.all([
    countLiveActions(db, networkId),
    dated.filter(isLive).limit(shown).toArray(),
  ]);
  const lastDay = earliest.at(-1)?.dueDate;
  if (earliest.length < shown || !lastDay) return null;
  const sameDay = await db.actions
    .where('[networkId+dueDate]')
    .equals([networkId, lastDay])
    .filter(isLive)
    .toArray();
  const byId = new Map([...earliest, ...sameDay].map((action) => [action.id, action]));
  return { liveCount, first: sortActions([...byId.values()], defaultActionSort).slice(0, shown) };
}
