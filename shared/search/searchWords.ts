/** Lower-cases and strips accents and punctuation, so "Società" and "societa" match. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9@.]+/g, ' ')
    .trim();
}

/** The distinct words of the given fields, normalized, for a multi-entry search index. */
export function searchWordsOf(fields: readonly string[]): string[] {
  const words = new Set<string>();
  for (const field of fields) {
    for (const word of normalizeForSearch(field).split(' ')) {
      if (word.length > 0) words.add(word);
    }
  }
  return [...words];
}
