import { normalizeForSearch } from '../search';

/** A municipality of ISTAT's list and the sigla of its provincia. */
export type Comune = { name: string; provincia: string };

/** Finds municipalities by what the user has typed so far. */
export type ComuneIndex = {
  /** Up to `limit` comuni whose name starts with the text, then those with a word that does. */
  search(text: string, limit: number): Comune[];
  /** The comuni with exactly this name, accents and case aside (several provinces may share one). */
  withName(name: string): Comune[];
};

type Entry = { comune: Comune; key: string; words: string[] };

/** Indexes ISTAT's municipalities for the comune field's suggestions. */
export function createComuneIndex(comuni: readonly Comune[]): ComuneIndex {
  const collator = new Intl.Collator('it');
  const entries: Entry[] = [...comuni]
    .sort((first, second) => collator.compare(first.name, second.name))
    .map((comune) => {
      const key = normalizeForSearch(comune.name);
      return { comune, key, words: key.split(' ') };
    });
  return {
    search(text, limit) {
      const typed = normalizeForSearch(text);
      if (!typed) return [];
      const starting: Comune[] = [];
      const containing: Comune[] = [];
      for (const entry of entries) {
        if (entry.key.startsWith(typed)) starting.push(entry.comune);
        else if (entry.words.some((word) => word.startsWith(typed))) containing.push(entry.comune);
      }
      const exact = starting.filter((comune) => normalizeForSearch(comune.name) === typed);
      const others = starting.filter((comune) => !exact.includes(comune));
      return [...exact, ...others, ...containing].slice(0, limit);
    },
    withName(name) {
      const typed = normalizeForSearch(name);
      return typed
        ? entries.filter((entry) => entry.key === typed).map((entry) => entry.comune)
        : [];
    },
  };
}
