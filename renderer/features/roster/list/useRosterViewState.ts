import { useSessionStorage } from '@mantine/hooks';
import { noRosterFilters, type RosterFilters, type RosterSort } from '../../../../shared/roster';
import type { RosterScope } from './useRosterRows';

/** What the user set on the roster: kept for the session, so coming back from a page keeps it. */
export type RosterViewState = {
  query: string;
  filters: RosterFilters;
  sort: RosterSort;
  scope: RosterScope;
};

const initialState: RosterViewState = {
  query: '',
  filters: noRosterFilters,
  sort: { column: 'name', direction: 'ascending' },
  scope: 'network',
};

/** The roster's search, filters, order and scope, and a function to change them. */
export function useRosterViewState(): [
  RosterViewState,
  (changes: Partial<RosterViewState>) => void,
] {
  const [state, setState] = useSessionStorage<RosterViewState>({
    key: 'regia-roster-view',
    defaultValue: initialState,
    getInitialValueInEffect: false,
  });
  const change = (changes: Partial<RosterViewState>): void =>
    setState((current) => ({ ...current, ...changes }));
  return [state, change];
}
