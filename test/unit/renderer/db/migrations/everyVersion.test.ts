import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegiaDatabase, openRegiaDatabase } from '../../../../../renderer/db/database';
import { version4Fields } from '../../../../../renderer/db/migrations/v4Defaults';
import { version6Fields } from '../../../../../renderer/db/migrations/v6Fields';
import {
  currentSchemaVersion,
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
} from '../../../../../renderer/db/schema';
import { buildDemoDataset } from '../../../../../shared/demo';
import { entityTableNames, type EntityTableName } from '../../../../../shared/domain';

type Row = Record<string, unknown>;

/**
 * The fields each version added to existing rows, with the value an older row gets: a row of an
 * earlier version lacks them, and the upgrade must give it exactly these values.
 */
const addedInVersion: Record<number, Partial<Record<string, Readonly<Row>>>> = {
  4: version4Fields,
  6: version6Fields,
};
const searchWordTables: EntityTableName[] = ['organizations', 'contacts'];

const shippedVersions = [
  { version: 1, schema: schemaV1 },
  { version: 2, schema: schemaV2 },
  { version: 3, schema: schemaV3 },
  { version: 4, schema: schemaV4 },
  { version: 5, schema: schemaV5 },
];

/** The fields of a table added by the versions after `version`, with their values. */
function addedAfter(table: EntityTableName, version: number): Row {
  return Object.entries(addedInVersion)
    .filter(([added]) => Number(added) > version)
    .reduce<Row>((fields, [, tables]) => ({ ...fields, ...tables[table] }), {});
}

function without(row: Row, fields: string[]): Row {
  const copy = { ...row };
  for (const field of fields) delete copy[field];
  return copy;
}

/** A demo row as a database of that version stored it. */
function rowAtVersion(table: EntityTableName, row: Row, version: number): Row {
  const later = Object.keys(addedAfter(table, version));
  const older = version < 2 && searchWordTables.includes(table) ? ['searchWords'] : [];
  return without(row, [...later, ...older]);
}

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('a database of every shipped schema version', () => {
  it.each(shippedVersions)(
    'upgrades from version $version to the current one with every record intact',
    async ({ version, schema }) => {
      const dataset = buildDemoDataset({ now: new Date('2026-11-20T10:00:00Z') });
      const name = `regia-every-version-${version}-${Date.now()}`;
      names.push(name);
      const oldDb = new Dexie(name);
      oldDb.version(version).stores(schema);
      const tablesThen = entityTableNames.filter((table) => table in schema);
      await oldDb.transaction('rw', tablesThen, async () => {
        for (const table of tablesThen) {
          const rows: Row[] = dataset[table];
          await oldDb.table(table).bulkAdd(rows.map((row) => rowAtVersion(table, row, version)));
        }
      });
      oldDb.close();

      const db = await openRegiaDatabase(createRegiaDatabase(name));
      for (const table of tablesThen) {
        const stored = await db.table<Row, string>(table).toArray();
        const expected = dataset[table].map((row: Row) => ({
          ...rowAtVersion(table, row, currentSchemaVersion),
          ...addedAfter(table, version),
          ...(searchWordTables.includes(table) ? { searchWords: row.searchWords } : {}),
        }));
        const byId = (first: Row, second: Row): number =>
          String(first.id).localeCompare(String(second.id));
        expect(stored.sort(byId), table).toEqual(expected.sort(byId));
      }
      // Version 5 dropped the indexes nothing read; IndexedDB itself no longer keeps them. Version 6
      // brought back `[networkId+dueDate]`, with `[networkId+archivedAt]`, for the Azioni page's
      // first screen.
      const actionIndexes = [
        ...db.backendDB().transaction('actions').objectStore('actions').indexNames,
      ];
      expect(actionIndexes).not.toContain('status');
      expect(actionIndexes).not.toContain('dueDate');
      expect(actionIndexes).toContain('[networkId+dueDate]');
      expect(actionIndexes).toContain('[networkId+archivedAt]');
      expect(actionIndexes).toContain('[networkId+status]');
      db.close();
    },
  );
});
