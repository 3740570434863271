import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegiaDatabase, openRegiaDatabase } from '../../../../renderer/db/database';
import { currentSchemaVersion } from '../../../../renderer/db/schema';
import { warmDatabase } from '../../../../renderer/db/warmDatabase';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

const stored = async (name: string) =>
  (await indexedDB.databases()).find((database) => database.name === name);

/** Lets the warm-up's open request and its close run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('warming the database while the code loads', () => {
  it('does not create a database that does not exist yet, so the app creates it with its schema', async () => {
    const name = `regia-warm-missing-${Date.now()}`;
    names.push(name);
    warmDatabase(name);
    await settle();
    expect(await stored(name)).toBeUndefined();
    const db = await openRegiaDatabase(createRegiaDatabase(name));
    expect(db.verno).toBe(currentSchemaVersion);
    expect(db.tables.map((table) => table.name)).toContain('actions');
    db.close();
  });

  it('opens and closes an existing database without changing it, and the app then opens it', async () => {
    const name = `regia-warm-existing-${Date.now()}`;
    names.push(name);
    const first = await openRegiaDatabase(createRegiaDatabase(name));
    await first.settings.put({ key: 'language', value: 'en' });
    first.close();
    warmDatabase(name);
    await settle();
    expect((await stored(name))?.version).toBe(currentSchemaVersion * 10);
    const again = await openRegiaDatabase(createRegiaDatabase(name));
    expect(await again.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    again.close();
  });
});
