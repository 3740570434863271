import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import {
  indexActions,
  queryActionIndex,
  sortActions,
  type ActionFilter,
  type ActionIndex,
  type ActionSort,
  type NameLookup,
} from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import { useNetworkActions } from './useNetworkActions';

/** The same value as long as its JSON does not change, so memos keyed on it do not rerun. */
function useStructurallyStable<T>(value: T): T {
  const [stable, setStable] = useState(value);
  if (JSON.stringify(stable) !== JSON.stringify(value)) {
    setStable(value);
    return value;
  }
  return stable;
}

// The sorted index of each copy of the actions, by order: the copy outlives the page, and so
// does its index, so a page opened again neither sorts nor indexes. Only the owner's order
// reads the names, which each opening reads again: it is not kept.
const indexes = new WeakMap<readonly Action[], Map<string, ActionIndex>>();

function indexOf(all: readonly Action[], sort: ActionSort, names: NameLookup): ActionIndex {
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

/**
 * The actions of a network that pass a filter, in the chosen order, kept current. The network's
 * actions are held in memory, sorted and indexed by status, owner, project and meeting once per
 * change of data or order; a filter then reads the narrowest indexed list and never the
 * database. Typing is debounced.
 */
export function useFilteredActions(
  networkId: string,
  filter: ActionFilter,
  sort: ActionSort,
  names: NameLookup | undefined,
  today: string,
): Action[] | undefined {
  const all = useNetworkActions(networkId);
  const namesOfOrder = sort.key === 'owner' ? names : null;
  const ready = names !== undefined;
  const index = useMemo(
    () => (all && names && ready ? indexOf(all, sort, names) : undefined),
    // `names` matters to the order by owner only (namesOfOrder); otherwise only its arrival does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [all, sort, namesOfOrder, ready],
  );
  const [text] = useDebouncedValue(filter.text, 200);
  const applied = useStructurallyStable({ ...filter, text });
  return useMemo(
    () => (index ? queryActionIndex(index, applied, today) : undefined),
    [index, applied, today],
  );
}
