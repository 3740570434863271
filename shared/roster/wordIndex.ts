import { intersectIds } from './searchQuery';

/** What the index is built from: a record's id and its search words. */
export type WordEntry = { id: string; words: readonly string[] };

/** Every distinct search word, sorted, with the ids it belongs to: prefixes are ranges of it. */
export type WordIndex = {
  words: readonly string[];
  idsByWord: ReadonlyMap<string, readonly string[]>;
};

/** Builds the index of the given entries; several entries may share an id (a contact's words). */
export function buildWordIndex(entries: Iterable<WordEntry>): WordIndex {
  const idsByWord = new Map<string, string[]>();
  for (const entry of entries) {
    for (const word of entry.words) {
      const ids = idsByWord.get(word);
      if (ids) ids.push(entry.id);
      else idsByWord.set(word, [entry.id]);
    }
  }
  // Code-unit order, the order in which every word starting with a prefix forms one run.
  const words = [...idsByWord.keys()].sort((first, second) =>
    first < second ? -1 : first > second ? 1 : 0,
  );
  return { words, idsByWord };
}

function firstAtOrAfter(words: readonly string[], prefix: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The ids of every word that starts with `prefix`: a binary search, then one run of words. */
export function idsWithPrefix(index: WordIndex, prefix: string): Set<string> {
  const ids = new Set<string>();
  for (let position = firstAtOrAfter(index.words, prefix); ; position += 1) {
    const word = index.words[position];
    if (word === undefined || !word.startsWith(prefix)) break;
    for (const id of index.idsByWord.get(word) ?? []) ids.add(id);
  }
  return ids;
}

/** The ids that every query word finds as the prefix of one of their words. */
export function findIdsByWords(index: WordIndex, queryWords: readonly string[]): Set<string> {
  return intersectIds(queryWords.map((word) => idsWithPrefix(index, word)));
}
