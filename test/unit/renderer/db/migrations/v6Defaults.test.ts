import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegiaDatabase, openRegiaDatabase } from '../../../../../renderer/db/database';
import type { AddedFields } from '../../../../../renderer/db/migrations/addedFields';
import { withVersion6Defaults } from '../../../../../renderer/db/migrations/v6Defaults';
import { version6Fields } from '../../../../../renderer/db/migrations/v6Fields';
import { currentSchemaVersion, schemaV5 } from '../../../../../renderer/db/schema';

const meta = {
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  rev: 1,
  archivedAt: null,
};

const listed: AddedFields = version6Fields;

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('version 6 upgrade', () => {
  it('gives a row every field its table lists in v6Fields, and keeps the ones it has', () => {
    for (const [table, fields] of Object.entries(version6Fields)) {
      const row = { ...meta, id: `${table}-1`, notes: 'kept' };
      expect(withVersion6Defaults(table, row), table).toEqual({ ...row, ...fields });
    }
  });

  it("fills the vote fields inside an agenda item's recorded decision, and leaves no decision as none", () => {
    const decision = {
      text: 'Approvato',
      votesInFavour: 3,
      votesAgainst: 0,
      abstained: 0,
      outcome: 'approvato',
    };
    const decided = withVersion6Defaults('agendaItems', { ...meta, id: 'i1', decision });
    expect(decided.decision).toEqual({
      ...decision,
      method: 'conteggio',
      rollCall: [],
      outcomeReason: '',
    });
    expect(
      withVersion6Defaults('agendaItems', { ...meta, id: 'i2', decision: null }).decision,
    ).toBeNull();
  });

  it('leaves a row of a table without new fields as it was', () => {
    const row = { ...meta, id: 'a', name: 'Comune di Segrate' };
    expect(withVersion6Defaults('organizations', row)).toEqual(row);
  });

  it('upgrades a version 5 database, filling every listed table', async () => {
    const name = `regia-v6-${Date.now()}`;
    names.push(name);
    const oldDb = new Dexie(name);
    oldDb.version(5).stores(schemaV5);
    const tables = Object.keys(version6Fields).filter((table) => table in schemaV5);
    await oldDb.transaction('rw', tables, async () => {
      for (const table of tables) await oldDb.table(table).add({ ...meta, id: `${table}-1` });
    });
    oldDb.close();

    const db = await openRegiaDatabase(createRegiaDatabase(name));
    expect(db.verno).toBe(currentSchemaVersion);
    for (const table of tables) {
      const fields = listed[table];
      expect(await db.table(table).get(`${table}-1`), table).toEqual({
        ...meta,
        id: `${table}-1`,
        ...fields,
      });
    }
    db.close();
  });
});
