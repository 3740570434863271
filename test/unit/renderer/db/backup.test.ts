import { afterEach, describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import {
  BackupReadError,
  decodeBackup,
  encodeBackup,
  fflateGzip,
  inspectBackup,
  type CompressorFactory,
} from '../../../../shared/backup';
import { buildDemoDataset } from '../../../../shared/demo';
import { tableNames } from '../../../../shared/domain';
import {
  backupRowOptions,
  restoreBackupFile,
  restoreDatabase,
  snapshotDatabase,
  writeDatabaseBackup,
} from '../../../../renderer/db/backup';
import { nativeGzip } from '../../../../renderer/db/backupCompression';
import { currentSchemaVersion } from '../../../../renderer/db/schema';
import { addDataset, createRepositories } from '../../../../renderer/db/repositories';
import { writeSettings } from '../../../../renderer/db/settings';
import { createTestContext } from './testDatabase';

const databases: { delete(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

/** A database with rows in every table, including the ones the demo leaves empty. */
async function filledDatabase() {
  const context = createTestContext();
  databases.push(context.db);
  const dataset = buildDemoDataset({ now: new Date('2026-06-15T09:30:00Z') });
  await addDataset(context, dataset, { source: 'demo' });
  const repositories = createRepositories(context);
  const [network] = dataset.networks;
  if (!network) throw new Error('demo has no network');
  await repositories.mapViews.create({
    networkId: network.id,
    name: 'Mappa per la seduta di giugno',
    positions: { [network.id]: { x: 1.5, y: -2 } },
  });
  await repositories.exchangeBatches.create({
    networkId: network.id,
    direction: 'export',
    fileName: 'scheda-afol.xlsx',
    at: '2026-06-01T08:00:00.000Z',
  });
  // Approved minutes are locked: attach to a meeting whose minutes are still open.
  const meeting = dataset.meetings.find((row) => row.status !== 'verbaleApprovato');
  if (!meeting) throw new Error('demo has no meeting with open minutes');
  await repositories.attachments.create({
    meetingId: meeting.id,
    fileName: 'relazione-sportello.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 4,
    bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
  });
  await writeSettings(context.db, { userName: 'Giulia Rossi', language: 'en' });
  return context;
}

async function everyTable(
  context: Awaited<ReturnType<typeof filledDatabase>>,
): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    tableNames.map(async (name) => [name, await context.db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries);
}

describe('backup and restore', () => {
  it('gives back identical data for every table', async () => {
    const source = await filledDatabase();
    const original = await everyTable(source);
    for (const name of tableNames) expect(original[name]?.length, name).toBeGreaterThan(0);

    const bytes = encodeBackup(await snapshotDatabase(source.db, '0.1.0'));
    const decoded = decodeBackup(bytes);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));

    const target = createTestContext();
    databases.push(target.db);
    await createRepositories(target).networks.create({ name: 'Rete che verrà sostituita' });
    await restoreDatabase(target.db, decoded.backup, { userName: 'Marco', userOrganization: '' });

    const restored = await everyTable(target);
    for (const name of tableNames) {
      if (name === 'auditEntries') continue;
      expect(restored[name], name).toEqual(original[name]);
    }
    // The audit log comes back whole, plus one entry recording the restore itself.
    expect(restored.auditEntries).toEqual(expect.arrayContaining(original.auditEntries ?? []));
    expect(restored.auditEntries?.length).toBe((original.auditEntries?.length ?? 0) + 1);
    expect(
      (await target.db.auditEntries.toArray()).filter((entry) => entry.source === 'restore'),
    ).toHaveLength(1);
  });

  it('changes nothing when the restore fails half way', async () => {
    const source = await filledDatabase();
    const decoded = decodeBackup(encodeBackup(await snapshotDatabase(source.db, '0.1.0')));
    if (!decoded.ok) throw new Error('backup did not decode');
    const target = createTestContext();
    databases.push(target.db);
    const kept = await createRepositories(target).networks.create({ name: 'Dati da non perdere' });
    // Two meetings with one id: the second add fails after several tables were already replaced.
    const [firstMeeting] = decoded.backup.tables.meetings;
    if (!firstMeeting) throw new Error('demo has no meeting');
    decoded.backup.tables.meetings.push({ ...firstMeeting });

    await expect(
      restoreDatabase(target.db, decoded.backup, { userName: '', userOrganization: '' }),
    ).rejects.toThrow();
    expect(await target.db.networks.toArray()).toEqual([kept]);
    expect(await target.db.organizations.count()).toBe(0);
  });

  it('streams every table out and back, page by page, giving back identical rows', async () => {
    const source = await filledDatabase();
    const original = await everyTable(source);
    // Pages of 7 rows, so every table of the demo spans several pages.
    const bytes = await writeDatabaseBackup(source.db, '0.1.0', new Date(), 7);
    const target = createTestContext();
    databases.push(target.db);
    await createRepositories(target).networks.create({ name: 'Rete che verrà sostituita' });

    const report = await restoreBackupFile(target.db, bytes, identity);

    const restored = await everyTable(target);
    for (const name of tableNames) {
      if (name === 'auditEntries') continue;
      expect(restored[name], name).toEqual(original[name]);
      expect(report.rowCounts[name], name).toBe(original[name]?.length);
    }
    expect(restored.auditEntries?.length).toBe((original.auditEntries?.length ?? 0) + 1);
    expect(report.findings).toEqual([]);
  });

  it('refuses a backup of a newer schema and leaves the database as it was', async () => {
    const source = await filledDatabase();
    const bytes = withHeader(await writeDatabaseBackup(source.db, '9.0.0'), {
      schemaVersion: currentSchemaVersion + 1,
    });
    const target = createTestContext();
    databases.push(target.db);
    const kept = await createRepositories(target).networks.create({ name: 'Dati da non perdere' });

    await expect(restoreBackupFile(target.db, bytes, identity)).rejects.toThrow(BackupReadError);
    expect(await target.db.networks.toArray()).toEqual([kept]);
    expect(() => inspectBackup(bytes, backupRowOptions)).toThrow(BackupReadError);
  });

  it('upgrades a backup of schema 1 through the migrations: new fields filled, search words derived', async () => {
    const source = await filledDatabase();
    const bytes = await writeDatabaseBackup(source.db, '0.0.1');
    // What version 1 wrote: no search words, none of the fields later versions added.
    const old = rewriteRows(withHeader(bytes, { schemaVersion: 1 }), (table, row) => {
      if (table === 'organizations' || table === 'contacts') delete row.searchWords;
      if (table === 'meetings') delete row.minutesAmendments;
      if (table === 'networks') delete row.quorumRule;
      return row;
    });
    const target = createTestContext();
    databases.push(target.db);

    const report = await restoreBackupFile(target.db, old, identity);

    expect(report.header.schemaVersion).toBe(1);
    const [contact] = await target.db.contacts.toArray();
    expect(contact?.searchWords.length).toBeGreaterThan(0);
    expect(
      await target.db.contacts
        .where('searchWords')
        .equals(contact?.searchWords[0] ?? '')
        .count(),
    ).toBeGreaterThan(0);
    for (const meeting of await target.db.meetings.toArray())
      expect(meeting.minutesAmendments).toEqual([]);
    for (const network of await target.db.networks.toArray())
      expect(network.quorumRule).toBe('maggioranza');
  });

  it('recomputes search words instead of trusting the ones in the file', async () => {
    const source = await filledDatabase();
    const forged = rewriteRows(await writeDatabaseBackup(source.db, '0.1.0'), (table, row) => {
      if (table === 'contacts') row.searchWords = ['falsificata'];
      return row;
    });
    const target = createTestContext();
    databases.push(target.db);

    await restoreBackupFile(target.db, forged, identity);

    expect(await target.db.contacts.where('searchWords').equals('falsificata').count()).toBe(0);
    expect(await target.db.contacts.toArray()).toEqual(await source.db.contacts.toArray());
  });

  it('reports references to records the backup does not hold and attachments of the wrong size', async () => {
    const source = await filledDatabase();
    const unknownMeeting = '00000000-0000-4000-8000-000000000000';
    let moved = 0;
    const broken = rewriteRows(await writeDatabaseBackup(source.db, '0.1.0'), (table, row) => {
      if (table === 'attendances' && moved < 2) {
        moved += 1;
        row.meetingId = unknownMeeting;
      }
      if (table === 'attachments') row.sizeBytes = 99;
      return row;
    });

    const report = inspectBackup(broken, backupRowOptions);

    expect(report.findings).toEqual(
      expect.arrayContaining([
        {
          kind: 'missingReference',
          table: 'attendances',
          field: 'meetingId',
          target: 'meetings',
          count: 2,
        },
        { kind: 'attachmentSize', count: 1 },
      ]),
    );
  });

  it('still restores a backup of the first format, one JSON object', async () => {
    const source = await filledDatabase();
    const snapshot = await snapshotDatabase(source.db, '0.1.0');
    const decoded = decodeBackup(encodeBackup(snapshot));
    if (!decoded.ok) throw new Error('did not decode');
    const legacy = gzipSync(
      strToU8(
        JSON.stringify({ format: 'regia-backup', formatVersion: 1, ...snapshot }, binaryAsLegacy),
      ),
    );
    const target = createTestContext();
    databases.push(target.db);

    await restoreBackupFile(target.db, legacy, identity);

    expect(await target.db.meetings.toArray()).toEqual(snapshot.tables.meetings);
    expect(await target.db.attachments.toArray()).toEqual(snapshot.tables.attachments);
  });

  it("writes the same rows with the engine's gzip as with fflate's, each restoring every table", async () => {
    const source = await filledDatabase();
    const original = await everyTable(source);
    const now = new Date('2026-06-15T10:00:00Z');
    const native = await writeDatabaseBackup(source.db, '0.1.0', now, 5, nativeGzip);
    const javascript = await writeDatabaseBackup(source.db, '0.1.0', now, 5, fflateGzip);

    expect(strFromU8(gunzipSync(native))).toBe(strFromU8(gunzipSync(javascript)));
    const target = createTestContext();
    databases.push(target.db);
    await restoreBackupFile(target.db, native, identity);
    const restored = await everyTable(target);
    for (const name of tableNames) {
      if (name !== 'auditEntries') expect(restored[name], name).toEqual(original[name]);
    }
  });

  it('keeps its read transaction open while a slow compressor catches up', async () => {
    const source = await filledDatabase();
    const original = await everyTable(source);
    let waits = 0;
    // Always behind, catching up only after a pause in which no read of the backup is pending.
    const slowGzip: CompressorFactory = (sink) => {
      const inner = fflateGzip(sink);
      return {
        ...inner,
        push: (text, final) => inner.push(text, final),
        backlogged: true,
        drained: async () => {
          waits += 1;
          await new Promise((resolve) => setTimeout(resolve, 2));
        },
      };
    };

    const bytes = await writeDatabaseBackup(source.db, '0.1.0', new Date(), 50, slowGzip);

    expect(waits).toBeGreaterThanOrEqual(tableNames.length);
    const target = createTestContext();
    databases.push(target.db);
    const report = await restoreBackupFile(target.db, bytes, identity);
    for (const name of tableNames)
      expect(report.rowCounts[name], name).toBe(original[name]?.length);
    expect(await target.db.actions.toArray()).toEqual(original.actions);
  });

  it('leaves the database as it was when a write fails after earlier batches were written', async () => {
    const source = await filledDatabase();
    // The last meeting twice: its second add fails after every earlier batch went out.
    const bytes = duplicateLastRowOf('meetings', await writeDatabaseBackup(source.db, '0.1.0'));
    const target = createTestContext();
    databases.push(target.db);
    const kept = await createRepositories(target).networks.create({ name: 'Dati da non perdere' });

    await expect(restoreBackupFile(target.db, bytes, identity, new Date(), 2)).rejects.toThrow();

    expect(await target.db.networks.toArray()).toEqual([kept]);
    expect(await target.db.organizations.count()).toBe(0);
    expect(await target.db.meetings.count()).toBe(0);
  });
});

const identity = { userName: 'Marco', userOrganization: '' };

// The first format wrote bytes as `{ $regiaBytes: base64 }`, as the current one does per row.
function binaryAsLegacy(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { $regiaBytes: btoa(String.fromCharCode(...value)) };
  return value;
}

type Row = Record<string, unknown>;

/** The same backup with some header fields changed. */
function withHeader(bytes: Uint8Array, changes: Row): Uint8Array {
  const lines = strFromU8(gunzipSync(bytes)).split('\n');
  lines[0] = JSON.stringify({ ...(JSON.parse(lines[0] ?? '{}') as Row), ...changes });
  return gzipSync(strToU8(lines.join('\n')));
}

/** The same backup with each row passed through a change. */
function rewriteRows(bytes: Uint8Array, change: (table: string, row: Row) => Row): Uint8Array {
  let table = '';
  const lines = strFromU8(gunzipSync(bytes))
    .split('\n')
    .map((line, index) => {
      if (index === 0 || line === '') return line;
      const value = JSON.parse(line) as Row;
      if (
        typeof value.table === 'string' &&
        typeof value.count === 'number' &&
        Object.keys(value).length === 2
      ) {
        table = value.table;
        return line;
      }
      if (value.end === true) return line;
      return JSON.stringify(change(table, value));
    });
  return gzipSync(strToU8(lines.join('\n')));
}

/** The same backup with the last row of a table written twice (and the end line counting it). */
function duplicateLastRowOf(tableName: string, bytes: Uint8Array): Uint8Array {
  const lines = strFromU8(gunzipSync(bytes)).split('\n');
  const start = lines.findIndex((line) => line.startsWith(`{"table":"${tableName}"`));
  const next = lines.findIndex((line, index) => index > start && line.startsWith('{"table":'));
  const last = lines[next - 1];
  if (start === -1 || next === -1 || last === undefined) throw new Error(`no ${tableName} rows`);
  lines.splice(next, 0, last);
  const endIndex = lines.findIndex((line) => line.startsWith('{"end":true'));
  const end = JSON.parse(lines[endIndex] ?? '{}') as { rows: number };
  lines[endIndex] = JSON.stringify({ end: true, rows: end.rows + 1 });
  return gzipSync(strToU8(lines.join('\n')));
}
