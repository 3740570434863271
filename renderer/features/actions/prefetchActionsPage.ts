import type { RegiaDatabase } from '../../db';
import { defaultActionSort, sortedActionIndex } from './actionIndexes';
import { prefetchNetworkActions } from './sharedNetworkActions';

/**
 * Gets the Azioni page of a network ready before it is opened: its actions read into the shared
 * copy and sorted in the page's first order, so the page then draws at once. Meant for an idle
 * moment after start-up (the read takes about a second on a network of 50,000 actions).
 */
export async function prefetchActionsPage(db: RegiaDatabase, networkId: string): Promise<void> {
  const actions = await prefetchNetworkActions(db, networkId);
  // The order by due date reads no names: the page's index is built here, not when it opens.
  sortedActionIndex(actions, defaultActionSort, new Map());
}
