import {
  indexActions,
  sortActions,
  type ActionIndex,
  type ActionSort,
  type NameLookup,
} from '../../../shared/actions';
import type { Action } from '../../../shared/domain';

/** The order the Azioni page opens in. */
export const defaultActionSort: ActionSort = { key: 'dueDate', direction: 'asc' };

// The sorted index of each copy of the actions, by order: the copy outlives the page, and so
// does its index, so a page opened again neither sorts nor indexes. Only the owner's order
// reads the names, which each opening reads again: it is not kept.
const indexes = new WeakMap<readonly Action[], Map<string, ActionIndex>>();

/**
 * A copy of a network's actions sorted and indexed in one order, built once per copy and order
 * (the owner's order, which depends on the names, each time).
 */
export function sortedActionIndex(
  all: readonly Action[],
  sort: ActionSort,
  names: NameLookup,
): ActionIndex {
  if (sort.key === 'owner') return indexActions(sortActions(all, sort, names));
  const order = `${sort.key}:${sort.direction}`;
  let byOrder = indexes.get(all);
  if (!byOrder) {
    byOrder = new Map();
    indexes.set(all, byOrder);
  }
  let index = byOrder.get(order);
  if (!index) {
    index = indexActions(sortActions(all, sort, names));
    byOrder.set(order, index);
  }
  return index;
}
