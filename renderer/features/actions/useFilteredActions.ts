import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import {
  queryActionIndex,
  type ActionFilter,
  type ActionSort,
  type NameLookup,
} from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import { sortedActionIndex } from './actionIndexes';
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
    () => (all && names && ready ? sortedActionIndex(all, sort, names) : undefined),
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
