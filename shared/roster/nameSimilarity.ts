import { normalizeForSearch } from '../search';

// Words that say what kind of body an organization is rather than which one it is: two
// records of "Comune di Segrate" and "Segrate" are the same ente.
const genericWords = new Set([
  'di',
  'del',
  'della',
  'dello',
  'dei',
  'degli',
  'delle',
  'e',
  'ed',
  'il',
  'lo',
  'la',
  'i',
  'gli',
  'le',
  'l',
  'per',
  'a',
  'al',
  'in',
  'comune',
  'srl',
  's.r.l.',
  'spa',
  's.p.a.',
  'snc',
  'sas',
  'srls',
  'scarl',
  'scs',
  'onlus',
  'aps',
  'odv',
  'ets',
  'coop',
  'coop.',
  'cooperativa',
  'societa',
  'soc',
  'soc.',
  'sociale',
  'impresa',
]);

/** A name reduced to what identifies the body: normalized, without articles and legal forms. */
export function organizationNameKey(name: string): string {
  const words = normalizeForSearch(name).split(' ').filter(Boolean);
  const specific = words.filter((word) => !genericWords.has(word));
  return (specific.length > 0 ? specific : words).join(' ');
}

function bigramsOf(text: string): Map<string, number> {
  const compact = text.replace(/\s+/g, ' ');
  const bigrams = new Map<string, number>();
  for (let index = 0; index < compact.length - 1; index += 1) {
    const bigram = compact.slice(index, index + 2);
    bigrams.set(bigram, (bigrams.get(bigram) ?? 0) + 1);
  }
  return bigrams;
}

/** A text with its character pairs counted once, to compare it with many others. */
export type TextPairs = { text: string; bigrams: ReadonlyMap<string, number>; pairCount: number };

/** Counts a text's character pairs once, for `pairsSimilarity`. */
export function textPairsOf(text: string): TextPairs {
  const bigrams = bigramsOf(text);
  let pairCount = 0;
  for (const count of bigrams.values()) pairCount += count;
  return { text, bigrams, pairCount };
}

/** `diceSimilarity` of two texts whose pairs were counted beforehand. */
export function pairsSimilarity(first: TextPairs, second: TextPairs): number {
  if (first.text === second.text) return 1;
  if (first.text.length < 2 || second.text.length < 2) return 0;
  let shared = 0;
  for (const [bigram, count] of second.bigrams) {
    shared += Math.min(count, first.bigrams.get(bigram) ?? 0);
  }
  return (2 * shared) / (first.pairCount + second.pairCount);
}

/**
 * The Sørensen–Dice coefficient of two texts over their character pairs: 1 for equal texts,
 * 0 for texts with no pair in common. Short texts (one character) count as equal or not.
 */
export function diceSimilarity(first: string, second: string): number {
  if (first === second) return 1;
  if (first.length < 2 || second.length < 2) return 0;
  return pairsSimilarity(textPairsOf(first), textPairsOf(second));
}

/** How alike two organization names are (0–1), after reducing each to its identifying words. */
export function organizationNameSimilarity(first: string, second: string): number {
  return diceSimilarity(organizationNameKey(first), organizationNameKey(second));
}
