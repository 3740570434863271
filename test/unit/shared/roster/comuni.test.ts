import { describe, expect, it } from 'vitest';
import { createComuneIndex } from '../../../../shared/roster';

const index = createComuneIndex([
  { name: 'San Donato Milanese', provincia: 'MI' },
  { name: 'Segrate', provincia: 'MI' },
  { name: 'Segrate Vecchia', provincia: 'XX' },
  { name: 'Cantù', provincia: 'CO' },
  { name: 'Samone', provincia: 'TO' },
  { name: 'Samone', provincia: 'TN' },
  { name: 'Milano', provincia: 'MI' },
]);

describe('createComuneIndex', () => {
  it('suggests the exact name first, then names starting with the text, then a word of them', () => {
    expect(index.search('segrate', 5).map((comune) => comune.name)).toEqual([
      'Segrate',
      'Segrate Vecchia',
    ]);
    expect(index.search('mila', 5).map((comune) => comune.name)).toEqual([
      'Milano',
      'San Donato Milanese',
    ]);
  });

  it('ignores accents and case, and stops at the limit', () => {
    expect(index.search('CANTU', 5)).toEqual([{ name: 'Cantù', provincia: 'CO' }]);
    expect(index.search('s', 2)).toHaveLength(2);
    expect(index.search('  ', 5)).toEqual([]);
  });

  it('finds every comune of a name shared by two provinces', () => {
    expect(
      index
        .withName('samone')
        .map((comune) => comune.provincia)
        .sort(),
    ).toEqual(['TN', 'TO']);
    expect(index.withName('Segrat')).toEqual([]);
  });
});
