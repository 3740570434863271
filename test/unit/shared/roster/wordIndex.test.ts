import { describe, expect, it } from 'vitest';
import { buildWordIndex, findIdsByWords, idsWithPrefix } from '../../../../shared/roster';

const index = buildWordIndex([
  { id: 'segrate', words: ['comune', 'di', 'segrate'] },
  { id: 'coop', words: ['cooperativa', 'sociale', 'segno'] },
  { id: 'segrate', words: ['mario', 'rossi'] },
  { id: 'como', words: ['citta', 'di', 'como'] },
]);

describe('idsWithPrefix', () => {
  it('finds every id with a word starting with the prefix, and only those', () => {
    expect(idsWithPrefix(index, 'co')).toEqual(new Set(['segrate', 'coop', 'como']));
    expect(idsWithPrefix(index, 'seg')).toEqual(new Set(['segrate', 'coop']));
    expect(idsWithPrefix(index, 'segr')).toEqual(new Set(['segrate']));
    expect(idsWithPrefix(index, 'rossi')).toEqual(new Set(['segrate']));
  });

  it('finds nothing past either end of the sorted words', () => {
    expect(idsWithPrefix(index, 'a')).toEqual(new Set());
    expect(idsWithPrefix(index, 'zz')).toEqual(new Set());
    expect(idsWithPrefix(index, 'rossini')).toEqual(new Set());
  });
});

describe('findIdsByWords', () => {
  it('needs every word, each matched by any word of the same id', () => {
    expect(findIdsByWords(index, ['di', 'co'])).toEqual(new Set(['segrate', 'como']));
    expect(findIdsByWords(index, ['mario', 'segrate'])).toEqual(new Set(['segrate']));
    expect(findIdsByWords(index, ['mario', 'como'])).toEqual(new Set());
  });

  it('agrees with a plain scan over a few thousand generated words', () => {
    const entries = Array.from({ length: 3000 }, (_, position) => ({
      id: `id-${position % 700}`,
      words: [`w${(position * 7919) % 5003}`, `x${position % 97}`],
    }));
    const big = buildWordIndex(entries);
    for (const prefix of ['w1', 'w49', 'x9', 'x50', 'w5002', 'w']) {
      const scanned = new Set(
        entries
          .filter((entry) => entry.words.some((word) => word.startsWith(prefix)))
          .map((entry) => entry.id),
      );
      expect(idsWithPrefix(big, prefix), prefix).toEqual(scanned);
    }
  });
});
