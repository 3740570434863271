import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { actionFilterOf } from '../../../../../shared/actions';
import {
  deleteSavedFilter,
  readSavedFilters,
  saveFilter,
  savedFiltersKey,
} from '../../../../../renderer/features/actions/savedFilters';
import { createTestContext } from '../../db/testDatabase';

const network = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';

describe('saved action filters', () => {
  it('keeps filters under a name per network in the settings table, replacing a same-named one', async () => {
    const { db } = createTestContext();
    await saveFilter(db, network, 'Scadute', actionFilterOf({ overdueOnly: true }));
    await saveFilter(db, other, 'Scadute', actionFilterOf({ statuses: ['bloccata'] }));
    await saveFilter(db, network, ' Scadute ', actionFilterOf({ overdueOnly: true, tag: 'x' }));
    const saved = await readSavedFilters(db);
    expect(saved.map((entry) => [entry.networkId, entry.name, entry.filter.tag])).toEqual([
      [other, 'Scadute', null],
      [network, 'Scadute', 'x'],
    ]);
    expect(await db.settings.get(savedFiltersKey)).toBeDefined();
    const [first] = saved;
    if (first) await deleteSavedFilter(db, first.id);
    expect((await readSavedFilters(db)).map((entry) => entry.networkId)).toEqual([network]);
  });

  it('skips stored entries that no longer read as a filter instead of failing', async () => {
    const { db } = createTestContext();
    await db.settings.put({
      key: savedFiltersKey,
      value: [
        { id: '1', networkId: network, name: 'Buono', filter: { statuses: ['inCorso'] } },
        { id: '2', networkId: network, name: 'Rotto', filter: { statuses: ['sconosciuto'] } },
        'non un filtro',
      ],
    });
    const saved = await readSavedFilters(db);
    expect(saved.map((entry) => entry.name)).toEqual(['Buono']);
    expect(saved[0]?.filter).toEqual(actionFilterOf({ statuses: ['inCorso'] }));
  });
});
