import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { queryWordsOf } from '../../../../shared/roster';
import { useRegia } from '../../../app/RegiaContext';
import { findOrganizationIds } from './organizationSearch';

/** Where a search stands: no search, still looking (previous matches kept), or the ids found. */
export type OrganizationSearch =
  | { state: 'idle'; matches: null }
  | { state: 'searching'; matches: ReadonlySet<string> | null }
  | { state: 'done'; matches: ReadonlySet<string> };

/** The organizations found by what the user typed, kept current as the data changes. */
export function useOrganizationSearch(
  query: string,
  organizationOfContact: ReadonlyMap<string, string> | undefined,
): OrganizationSearch {
  const { db } = useRegia();
  const words = useMemo(() => queryWordsOf(query), [query]);
  const key = words.join(' ');
  const result = useLiveQuery(async () => {
    if (!key || !organizationOfContact) return { key, matches: null };
    return { key, matches: await findOrganizationIds(db, key.split(' '), organizationOfContact) };
  }, [db, key, organizationOfContact]);
  if (!key) return { state: 'idle', matches: null };
  // Until the new query answers, the previous matches stay on screen rather than flashing empty.
  if (!result?.matches || result.key !== key) {
    return { state: 'searching', matches: result?.matches ?? null };
  }
  return { state: 'done', matches: result.matches };
}
