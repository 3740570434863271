import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegiaDatabase, openRegiaDatabase } from '../../../../../renderer/db/database';
import { schemaV1, schemaV2, schemaV3, schemaV4 } from '../../../../../renderer/db/schema';
import { buildDemoDataset } from '../../../../../shared/demo';
import { entityTableNames, type EntityTableName } from '../../../../../shared/domain';

type Row = Record<string, unknown>;

/** Fields each table gained after a version, so a row of that version lacks them. */
const addedInVersion4: Partial<Record<EntityTableName, Row>> = {
  networks: { quorumRule: 'maggioranza' },
  meetings: {
    openingTime: null,
    closingTime: null,
    minutesPremise: '',
    minutesDraftSentAt: null,
    minutesApprovedAt: null,
    minutesAmendments: [],
  },
  projects: { budgetLines: [], goodPractice: null },
};
const searchWordTables: EntityTableName[] = ['organizations', 'contacts'];

const shippedVersions = [
  { version: 1, schema: schemaV1 },
  { version: 2, schema: schemaV2 },
  { version: 3, schema: schemaV3 },
  { version: 4, schema: schemaV4 },
];

function without(row: Row, fields: string[]): Row {
  const copy = { ...row };
  for (const field of fields) delete copy[field];
  return copy;
}

/** A demo row as a database of that version stored it. */
function rowAtVersion(table: EntityTableName, row: Row, version: number): Row {
  const later = version < 4 ? Object.keys(addedInVersion4[table] ?? {}) : [];
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
          ...rowAtVersion(table, row, 4),
          ...(version < 4 ? addedInVersion4[table] : {}),
          ...(searchWordTables.includes(table) ? { searchWords: row.searchWords } : {}),
        }));
        const byId = (first: Row, second: Row): number =>
          String(first.id).localeCompare(String(second.id));
        expect(stored.sort(byId), table).toEqual(expected.sort(byId));
      }
      // Version 5 dropped the indexes nothing read; IndexedDB itself no longer keeps them.
      const actionIndexes = [
        ...db.backendDB().transaction('actions').objectStore('actions').indexNames,
      ];
      expect(actionIndexes).not.toContain('status');
      expect(actionIndexes).not.toContain('[networkId+dueDate]');
      expect(actionIndexes).toContain('[networkId+status]');
      db.close();
    },
  );
});
