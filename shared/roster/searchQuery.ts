import { normalizeForSearch } from '../search';

/**
 * The words to look up for what the user typed: normalized like the stored search words,
 * without repeats, and without a word that another word of the query starts with (whatever
 * matches "rossi" also matches "ros").
 */
export function queryWordsOf(query: string): string[] {
  const words = [...new Set(normalizeForSearch(query).split(' ').filter(Boolean))];
  return words.filter((word) => !words.some((other) => other !== word && other.startsWith(word)));
}

/** Whether every query word starts one of the record's search words. */
export function matchesQueryWords(
  searchWords: readonly string[],
  queryWords: readonly string[],
): boolean {
  return queryWords.every((word) => searchWords.some((candidate) => candidate.startsWith(word)));
}

/** The ids present in every set; empty when there are no sets. */
export function intersectIds(sets: readonly ReadonlySet<string>[]): Set<string> {
  const [smallest, ...others] = [...sets].sort((first, second) => first.size - second.size);
  if (!smallest) return new Set();
  return new Set([...smallest].filter((id) => others.every((set) => set.has(id))));
}
