import { useMemo } from 'react';
import type { RosterRow } from '../../../../shared/roster';
import { buildWordIndex, findIdsByWords, queryWordsOf } from '../../../../shared/roster';
import type { ContactDirectory } from './contactDirectory';
import { lastComputed } from './lastComputed';

// Kept from one opening of the page to the next while the rows and the directory are the same.
const wordIndexOf = lastComputed((rows: readonly RosterRow[], directory: ContactDirectory) =>
  buildWordIndex([
    ...rows.map((row) => ({ id: row.organization.id, words: row.organization.searchWords })),
    ...directory.organizationWords,
  ]),
);

/** Where a search stands: no search, still loading the words (nothing to show yet), or the ids found. */
export type OrganizationSearch =
  | { state: 'idle'; matches: null }
  | { state: 'searching'; matches: null }
  | { state: 'done'; matches: ReadonlySet<string> };

/**
 * The organizations found by what the user typed: every query word must start one of the
 * organization's words or one of its active contacts' words. The words of the listed
 * organizations and of the contacts sit in an index in memory, rebuilt only when the data
 * changes, so a keystroke costs a few binary searches and never a query to the database.
 */
export function useOrganizationSearch(
  query: string,
  rows: readonly RosterRow[] | undefined,
  directory: ContactDirectory | undefined,
): OrganizationSearch {
  const index = useMemo(
    () => (rows && directory ? wordIndexOf(rows, directory) : undefined),
    [rows, directory],
  );
  const words = useMemo(() => queryWordsOf(query), [query]);
  return useMemo(() => {
    if (words.length === 0) return { state: 'idle', matches: null };
    if (!index) return { state: 'searching', matches: null };
    return { state: 'done', matches: findIdsByWords(index, words) };
  }, [index, words]);
}
