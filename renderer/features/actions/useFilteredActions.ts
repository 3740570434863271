import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { actionFilterOf, filterActions, type ActionFilter } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import { queryActions } from './queryActions';
import { useTableQuery } from './useTableQuery';

/** The same value as long as its JSON does not change, so effects keyed on it do not rerun. */
function useStructurallyStable<T>(value: T): T {
  const [stable, setStable] = useState(value);
  if (JSON.stringify(stable) !== JSON.stringify(value)) {
    setStable(value);
    return value;
  }
  return stable;
}

/**
 * The actions of a network that pass a filter, kept current. The indexed conditions query the
 * database; the text is applied in memory to that result, so typing never re-reads the rows.
 */
export function useFilteredActions(
  networkId: string,
  filter: ActionFilter,
  today: string,
): Action[] | undefined {
  const { db } = useRegia();
  const indexedFilter = useStructurallyStable({ ...filter, text: '' });
  const base = useTableQuery(
    db,
    ['actions'],
    () => queryActions(db, networkId, indexedFilter, today),
    [db, networkId, indexedFilter, today],
  );
  const [text] = useDebouncedValue(filter.text, 200);
  return useMemo(() => {
    if (!base || text.trim() === '') return base;
    return filterActions(base, actionFilterOf({ text, includeArchived: true }), today);
  }, [base, text, today]);
}
