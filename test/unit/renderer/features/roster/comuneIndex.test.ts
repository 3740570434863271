import { describe, expect, it } from 'vitest';
import {
  loadComuneIndex,
  loadComuni,
} from '../../../../../renderer/features/roster/organizationForm/comuneIndex';

describe('ISTAT municipalities', () => {
  it('has every comune once with a two-letter provincia', async () => {
    const comuni = await loadComuni();
    expect(comuni.length).toBeGreaterThan(7800);
    expect(comuni.every((comune) => /^[A-Z]{2}$/.test(comune.provincia))).toBe(true);
  });

  it('finds the comuni of the Sud-Est Milano network with their provincia', async () => {
    const index = await loadComuneIndex();
    expect(index.withName('Segrate')).toEqual([{ name: 'Segrate', provincia: 'MI' }]);
    expect(index.withName('san donato milanese')).toEqual([
      { name: 'San Donato Milanese', provincia: 'MI' },
    ]);
    expect(index.search('cantu', 3)[0]).toEqual({ name: 'Cantù', provincia: 'CO' });
  });
});
