import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../renderer/db';
import {
  archiveMapView,
  readMapViews,
  saveMapView,
  saveRelationship,
  setRelationshipArchived,
  type MapWriters,
} from '../../../../../renderer/features/map/mapWrites';
import { createTestContext } from '../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';
const afol = 'aaaaaaaa-0000-4000-8000-000000000001';
const comune = 'aaaaaaaa-0000-4000-8000-000000000002';

function setUp(): MapWriters {
  const context = createTestContext();
  return { db: context.db, repositories: createRepositories(context) };
}

const fields = {
  sourceOrganizationId: afol,
  targetOrganizationId: comune,
  kind: 'convenzione' as const,
  directed: true,
  weight: 3,
  from: null,
  to: null,
  notes: '',
};

describe('the map commands', () => {
  it('creates a relationship in the network, edits it in place, archives and restores it', async () => {
    const writers = setUp();
    const created = await saveRelationship(writers, { networkId, relationshipId: null }, fields);
    expect(created).toMatchObject({ networkId, ...fields });
    await saveRelationship(
      writers,
      { networkId, relationshipId: created.id },
      { ...fields, weight: 5 },
    );
    await setRelationshipArchived(writers, created.id, true);
    const [stored, ...others] = await writers.db.relationships.toArray();
    expect(others).toEqual([]);
    expect(stored).toMatchObject({ id: created.id, weight: 5 });
    expect(stored?.archivedAt).not.toBeNull();
    const restored = await setRelationshipArchived(writers, created.id, false);
    expect(restored.archivedAt).toBeNull();
  });

  it('refuses a relationship with a weight beyond 100 and stores nothing', async () => {
    const writers = setUp();
    await expect(
      saveRelationship(writers, { networkId, relationshipId: null }, { ...fields, weight: 101 }),
    ).rejects.toThrow();
    expect(await writers.db.relationships.count()).toBe(0);
  });

  it('saves a map again under the same name instead of adding a second one', async () => {
    const writers = setUp();
    const first = await saveMapView(writers, networkId, 'Convenzioni', {
      filters: { kinds: ['convenzione'] },
      positions: {},
    });
    const second = await saveMapView(writers, networkId, 'Convenzioni', {
      filters: { kinds: ['convenzione'] },
      positions: { [afol]: { x: 1, y: 2 } },
    });
    expect(second.id).toBe(first.id);
    expect(await readMapViews(writers.db, networkId)).toMatchObject([
      { name: 'Convenzioni', positions: { [afol]: { x: 1, y: 2 } } },
    ]);
  });

  it('lists the saved maps by name and leaves archived ones out', async () => {
    const writers = setUp();
    const content = { filters: {}, positions: {} };
    const zeta = await saveMapView(writers, networkId, 'Zeta', content);
    await saveMapView(writers, networkId, 'Ambito', content);
    await saveMapView(writers, networkId, 'Comuni', content);
    await archiveMapView(writers, zeta.id);
    const names = (await readMapViews(writers.db, networkId)).map((view) => view.name);
    expect(names).toEqual(['Ambito', 'Comuni']);
  });
});
