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

/**
 * A text with its character pairs listed once, each pair as one number, sorted, to compare it
 * with many others: two sorted lists are compared in one pass, without hashing a string per pair.
 */
export type TextPairs = { text: string; pairs: Uint32Array };

/** Lists a text's character pairs (spaces folded) once, for `pairsSimilarity`. */
export function textPairsOf(text: string): TextPairs {
  const compact = text.replace(/\s+/g, ' ');
  const pairs = new Uint32Array(Math.max(compact.length - 1, 0));
  for (let index = 0; index < pairs.length; index += 1) {
    pairs[index] = compact.charCodeAt(index) * 0x10000 + compact.charCodeAt(index + 1);
  }
  return { text, pairs: pairs.sort() };
}

/** `diceSimilarity` of two texts whose pairs were listed beforehand. */
export function pairsSimilarity(first: TextPairs, second: TextPairs): number {
  if (first.text === second.text) return 1;
  if (first.text.length < 2 || second.text.length < 2) return 0;
  const { pairs: one } = first;
  const { pairs: other } = second;
  let shared = 0;
  let index = 0;
  let otherIndex = 0;
  while (index < one.length && otherIndex < other.length) {
    const pair = one[index] ?? 0;
    const otherPair = other[otherIndex] ?? 0;
    if (pair === otherPair) {
      shared += 1;
      index += 1;
      otherIndex += 1;
    } else if (pair < otherPair) index += 1;
    else otherIndex += 1;
  }
  return (2 * shared) / (one.length + other.length);
}

/**
 * The highest `pairsSimilarity` two texts of these lengths could reach (all of the shorter one's
 * pairs shared): a lookup skips the names too short or too long to reach its threshold.
 */
export function pairsSimilarityBound(first: TextPairs, second: TextPairs): number {
  if (first.text === second.text) return 1;
  const total = first.pairs.length + second.pairs.length;
  return total === 0 ? 0 : (2 * Math.min(first.pairs.length, second.pairs.length)) / total;
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
