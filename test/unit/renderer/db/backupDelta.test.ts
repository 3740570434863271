import { afterEach, describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import {
  BackupReadError,
  backupChecksum,
  deletedKeysTable,
  fflateGzip,
  inspectBackupChain,
  readBackupHeader,
} from '../../../../shared/backup';
import { buildDemoDataset } from '../../../../shared/demo';
import { tableNames } from '../../../../shared/domain';
import {
  backupRowOptions,
  restoreBackupFile,
  restoreBackupFiles,
  writeDatabaseBackup,
} from '../../../../renderer/db/backup';
import {
  writeIncrementalBackup,
  type IncrementalBase,
  type IncrementalOutcome,
} from '../../../../renderer/db/backupDelta';
import { addDataset, createRepositories } from '../../../../renderer/db/repositories';
import { writeSettings } from '../../../../renderer/db/settings';
import { erasePerson } from '../../../../renderer/features/privacy/erasePerson';
import { createTestContext } from './testDatabase';

const databases: { delete(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

const identity = { userName: 'Giulia Rossi', userOrganization: 'AFOL Metropolitana' };
const baseTime = new Date('2026-06-15T09:30:00.000Z');
const hours = (count: number): Date => new Date(baseTime.getTime() + count * 3600_000);

/** A demo database whose writes are stamped by a clock the test moves. */
async function demoDatabase() {
  // The demo is written days before the base, as a real database was.
  let clock = new Date('2026-06-01T09:00:00Z');
  const context = createTestContext({ now: () => clock });
  databases.push(context.db);
  await addDataset(context, buildDemoDataset({ now: new Date('2026-06-01T09:00:00Z') }), {
    source: 'demo',
  });
  return { ...context, setClock: (at: Date) => (clock = at) };
}

async function fullCopy(db: Parameters<typeof writeDatabaseBackup>[0], at: Date) {
  const bytes = await writeDatabaseBackup(db, '0.1.0', at, 5000, fflateGzip);
  const header = readBackupHeader(bytes);
  const base: IncrementalBase = {
    fileName: 'regia-20260615-093000-000-daily.regia',
    createdAt: header.createdAt,
    checksum: backupChecksum(bytes),
    totalRows: Object.values(header.rowCounts).reduce((sum, count) => sum + count, 0),
  };
  return { bytes, base };
}

function incremental(outcome: IncrementalOutcome): Uint8Array {
  if (outcome.kind !== 'incremental') throw new Error(`a full copy was due: ${outcome.why}`);
  return outcome.bytes;
}

/** The lines of a copy, by table. */
function linesByTable(bytes: Uint8Array): Map<string, Record<string, unknown>[]> {
  const byTable = new Map<string, Record<string, unknown>[]>();
  let table = '';
  for (const line of strFromU8(gunzipSync(bytes)).trimEnd().split('\n').slice(1)) {
    const value = JSON.parse(line) as Record<string, unknown>;
    if (typeof value.table === 'string' && typeof value.count === 'number') {
      table = value.table;
      byTable.set(table, []);
    } else if (!('end' in value)) byTable.get(table)?.push(value);
  }
  return byTable;
}

async function everyTable(db: ReturnType<typeof createTestContext>['db']) {
  const entries = await Promise.all(
    tableNames.map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries) as Record<string, unknown[]>;
}

describe('incremental copies', () => {
  it('hold the records changed since the base, whole, and the keys deleted, per table', async () => {
    const source = await demoDatabase();
    const { base } = await fullCopy(source.db, baseTime);
    const repositories = createRepositories(source);
    source.setClock(hours(2));
    const [organization] = await source.db.organizations.toArray();
    const [contact] = await source.db.contacts.toArray();
    const [action] = await source.db.actions.toArray();
    const [network] = await source.db.networks.toArray();
    if (!organization || !contact || !action || !network) throw new Error('demo is empty');
    const renamed = await repositories.organizations.update(organization.id, {
      name: 'Comune di Sesto San Giovanni (ufficio lavoro)',
    });
    await repositories.contacts.remove(contact.id);
    const archived = await repositories.actions.archive(action.id);
    const view = await repositories.mapViews.create({
      networkId: network.id,
      name: 'Mappa della seduta',
      positions: {},
    });
    await writeSettings(source.db, { userName: 'Giulia Rossi' });

    const bytes = incremental(
      await writeIncrementalBackup(source.db, base, '0.1.0', hours(3), fflateGzip),
    );
    const header = readBackupHeader(bytes);
    expect(header.base).toMatchObject({ createdAt: base.createdAt, checksum: base.checksum });
    const lines = linesByTable(bytes);
    expect(lines.get('organizations')).toEqual([JSON.parse(JSON.stringify(renamed))]);
    expect(lines.get('actions')).toEqual([JSON.parse(JSON.stringify(archived))]);
    expect(lines.get('mapViews')).toEqual([JSON.parse(JSON.stringify(view))]);
    expect(lines.get('contacts')).toEqual([]);
    expect(lines.get(deletedKeysTable)).toEqual([{ table: 'contacts', key: contact.id }]);
    expect(lines.get('auditEntries')).toHaveLength(4);
    expect(lines.get('settings')?.map((row) => row.key)).toContain('userName');
    expect(lines.has('meetings')).toBe(false);
    expect(bytes.byteLength).toBeLessThan(
      (await fullCopy(source.db, hours(3))).bytes.byteLength / 5,
    );
  });

  it('restore as base plus two later copies to every table equal to the live database', async () => {
    const source = await demoDatabase();
    const { bytes: baseBytes, base } = await fullCopy(source.db, baseTime);
    const repositories = createRepositories(source);
    const [first, second] = await source.db.organizations.toArray();
    const [meeting] = await source.db.meetings.toArray();
    const [contact] = await source.db.contacts.toArray();
    if (!first || !second || !meeting || !contact) throw new Error('demo is empty');

    source.setClock(hours(24));
    await repositories.organizations.update(first.id, { comune: 'Cinisello Balsamo' });
    const created = await repositories.mapViews.create({
      networkId: meeting.networkId,
      name: 'Sportelli lavoro',
      positions: { [first.id]: { x: 1, y: 2 } },
    });
    const monday = incremental(
      await writeIncrementalBackup(source.db, base, '0.1.0', hours(25), fflateGzip),
    );
    source.setClock(hours(48));
    await repositories.organizations.update(first.id, { comune: 'Sesto San Giovanni' });
    await repositories.mapViews.remove(created.id);
    await repositories.contacts.update(contact.id, { email: 'nuova.email@afolmet.it' });
    await repositories.organizations.archive(second.id);
    const tuesday = incremental(
      await writeIncrementalBackup(source.db, base, '0.1.0', hours(49), fflateGzip),
    );
    const live = await everyTable(source.db);

    const target = createTestContext();
    databases.push(target.db);
    await createRepositories(target).networks.create({ name: 'Rete che verrà sostituita' });
    const report = await restoreBackupFiles(target.db, [baseBytes, monday, tuesday], identity);
    expect(report.baseCreatedAt).toBe(base.createdAt);
    expect(report.header.createdAt).toBe(hours(49).toISOString());
    expect(report.findings).toEqual([]);

    const restored = await everyTable(target.db);
    for (const name of tableNames) {
      if (name === 'auditEntries') continue;
      expect(restored[name], name).toEqual(live[name]);
    }
    expect(restored.auditEntries).toEqual(expect.arrayContaining(live.auditEntries ?? []));
    expect(restored.auditEntries?.length).toBe((live.auditEntries?.length ?? 0) + 1);
  });

  it('are refused, in Italian, without their base or on an altered one', async () => {
    const source = await demoDatabase();
    const { bytes: baseBytes, base } = await fullCopy(source.db, baseTime);
    source.setClock(hours(2));
    const [organization] = await source.db.organizations.toArray();
    if (!organization) throw new Error('demo is empty');
    await createRepositories(source).organizations.update(organization.id, { comune: 'Monza' });
    const delta = incremental(
      await writeIncrementalBackup(source.db, base, '0.1.0', hours(3), fflateGzip),
    );
    const target = createTestContext();
    databases.push(target.db);
    const kept = await createRepositories(target).networks.create({ name: 'Dati da non perdere' });

    await expect(restoreBackupFile(target.db, delta, identity)).rejects.toThrow(
      /è una copia incrementale: per ripristinarla serve la copia completa del 2026-06-15 09:30/,
    );
    // The same content written again with another organization renamed: a different checksum.
    const text = strFromU8(gunzipSync(baseBytes)).replace(organization.name, 'Ente modificato');
    const altered = gzipSync(strToU8(text));
    expect(() => inspectBackupChain([altered, delta], backupRowOptions)).toThrow(
      /la copia completa su cui si basa la copia incrementale .* manca o è stata modificata/,
    );
    expect(() => inspectBackupChain([delta, delta], backupRowOptions)).toThrow(BackupReadError);
    expect(await target.db.networks.toArray()).toEqual([kept]);
  });

  it('give way to a full copy after an erasure, so no copy taken since holds the person', async () => {
    const source = await demoDatabase();
    const { base } = await fullCopy(source.db, baseTime);
    const contact = (await source.db.contacts.toArray()).find((row) => row.email !== '');
    if (!contact) throw new Error('demo has no contact with an e-mail');
    source.setClock(hours(2));
    await erasePerson(source.db, contact.id, identity, hours(2));

    expect(await writeIncrementalBackup(source.db, base, '0.1.0', hours(3), fflateGzip)).toEqual({
      kind: 'full',
      why: 'erasure',
    });
    const text = strFromU8(
      gunzipSync(await writeDatabaseBackup(source.db, '0.1.0', hours(3), 5000, fflateGzip)),
    );
    expect(text).not.toContain(contact.email);
    expect(text).not.toContain(`"lastName":"${contact.lastName}"`);
  });

  it('give way to a full copy after a restore, when the clock went back, or when large', async () => {
    const source = await demoDatabase();
    const { bytes, base } = await fullCopy(source.db, baseTime);
    expect(await writeIncrementalBackup(source.db, base, '0.1.0', hours(-1))).toEqual({
      kind: 'full',
      why: 'clock',
    });
    const organizations = await source.db.organizations.toArray();
    source.setClock(hours(1));
    await createRepositories(source).organizations.updateMany(
      organizations.map((row) => ({ id: row.id, patch: { notes: 'rivisto' } })),
    );
    expect(
      await writeIncrementalBackup(source.db, { ...base, totalRows: 100 }, '0.1.0', hours(2)),
    ).toEqual({ kind: 'full', why: 'large' });
    await restoreBackupFile(source.db, bytes, identity, hours(3));
    expect(await writeIncrementalBackup(source.db, base, '0.1.0', hours(4))).toEqual({
      kind: 'full',
      why: 'restore',
    });
  });
});
