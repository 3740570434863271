import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../../shared/backup';
import { buildDemoDataset } from '../../../../shared/demo';
import { tableNames } from '../../../../shared/domain';
import { restoreDatabase, snapshotDatabase } from '../../../../renderer/db/backup';
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
});
