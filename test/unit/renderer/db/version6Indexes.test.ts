import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegiaDatabase, openRegiaDatabase } from '../../../../renderer/db/database';
import { schemaV5 } from '../../../../renderer/db/schema';

const names: string[] = [];

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('a version-6 database written before version 6 gained the first-screen indexes of Azioni', () => {
  it('gets the indexes, and opens again afterwards as a database of this version', async () => {
    const name = `regia-v6-indexes-${Date.now()}`;
    names.push(name);
    // Version 6 as it was declared before: the same indexes as version 5.
    const before = new Dexie(name);
    before.version(6).stores(schemaV5);
    await before.open();
    before.close();

    const upgraded = await openRegiaDatabase(createRegiaDatabase(name));
    const indexes = [
      ...upgraded.backendDB().transaction('actions').objectStore('actions').indexNames,
    ];
    expect(indexes).toEqual(
      expect.arrayContaining(['[networkId+dueDate]', '[networkId+archivedAt]']),
    );
    upgraded.close();

    // Dexie raised the stored version to 61 to add them; it is still version 6, not a newer Regia.
    const again = await openRegiaDatabase(createRegiaDatabase(name));
    expect(again.isOpen()).toBe(true);
    again.close();
  });
});
