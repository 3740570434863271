import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createRegiaDatabase, openRegiaDatabase } from '../../../../renderer/db/database';
import { currentSchemaVersion, schemaV3 } from '../../../../renderer/db/schema';
import { closeOnVersionChange } from '../../../../renderer/db/versionChange';
import { databaseNamesDeletedAfterEach } from './testDatabase';

const databaseName = databaseNamesDeletedAfterEach('regia-version-change');

/** Opens the app's database as a window of Regia does, recording what its user is told. */
async function openAsAWindow(name: string, told: string[] = []) {
  const db = createRegiaDatabase(name);
  closeOnVersionChange(db, {
    closedForUpgrade: () => told.push('closedForUpgrade'),
    blocked: () => told.push('blocked'),
  });
  await openRegiaDatabase(db);
  return { db, told };
}

/** Opens the database at a raw IndexedDB version from "another window", without Dexie. */
function openFromAnotherWindow(
  name: string,
  version: number,
  events: string[],
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name, version);
    opening.onblocked = () => events.push('blocked');
    opening.onupgradeneeded = () => {
      events.push('upgraded');
      opening.result.createObjectStore(`newerStore${version}`);
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('open failed'));
  });
}

describe('a schema upgrade in another window', () => {
  it('closes this window’s connection instead of hanging, tells its user, and does not reopen it behind their back', async () => {
    const name = databaseName();
    const { db, told } = await openAsAWindow(name);
    await db.organizations.count();

    const events: string[] = [];
    // Dexie stores schema version n as IndexedDB version n × 10: this is the next Regia's schema.
    const newer = await openFromAnotherWindow(name, (currentSchemaVersion + 1) * 10, events);

    expect(events).toEqual(['upgraded']);
    expect(newer.version).toBe((currentSchemaVersion + 1) * 10);
    expect(told).toEqual(['closedForUpgrade']);
    expect(db.isOpen()).toBe(false);
    await expect(db.organizations.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    newer.close();
  });

  it('tells the user when this window’s upgrade waits for an older window, and completes once it closes', async () => {
    const name = databaseName();
    const shipped = new Dexie(name);
    shipped.version(3).stores(schemaV3);
    await shipped.open();
    shipped.close();
    // An older window holds the database at schema 3 and ignores requests to close.
    const older = await openFromAnotherWindow(name, 30, []);
    const told: string[] = [];
    const opening = openAsAWindow(name, told);
    // The older window goes away only once the blocked upgrade has been reported.
    await vi.waitFor(() => expect(told).toContain('blocked'), { timeout: 10_000 });
    older.close();
    const { db } = await opening;

    expect(db.isOpen()).toBe(true);
    expect(db.verno).toBe(currentSchemaVersion);
    db.close();
  });
});
