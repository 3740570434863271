import { describe, expect, it } from 'vitest';
import { createRegiaDatabase, openRegiaDatabase } from '../../../../renderer/db';
import {
  openAtStart,
  showStartWarnings,
  type StartWarning,
} from '../../../../renderer/app/openAtStart';
import { databaseNamesDeletedAfterEach } from '../db/testDatabase';

const databaseName = databaseNamesDeletedAfterEach('regia-open-at-start');

describe('opening the database at start-up, beside the app’s code', () => {
  it('opens the database and reads the stored preferences', async () => {
    const name = databaseName();
    const earlier = createRegiaDatabase(name);
    await openRegiaDatabase(earlier);
    await earlier.settings.put({ key: 'language', value: 'en' });
    earlier.close();

    const opened = await openAtStart('#/rete', name);

    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.settings.language).toBe('en');
    expect(opened.db.isOpen()).toBe(true);
    opened.db.close();
  });

  it('keeps the warning of another window’s upgrade until the app can show it, then shows it once', async () => {
    const name = databaseName();
    const opened = await openAtStart('#/rete', name);
    if (!opened.ok) throw new Error('The database did not open.');
    const version = Math.round(opened.db.verno * 10) + 1;
    await new Promise<void>((resolve, reject) => {
      const upgrading = indexedDB.open(name, version);
      upgrading.onsuccess = () => {
        upgrading.result.close();
        resolve();
      };
      upgrading.onerror = () => reject(upgrading.error ?? new Error('upgrade failed'));
    });

    const shown: StartWarning[] = [];
    showStartWarnings((key) => shown.push(key));
    showStartWarnings((key) => shown.push(key));

    expect(shown).toEqual(['error.versionChange']);
    expect(opened.db.isOpen()).toBe(false);
  });
});
