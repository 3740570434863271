import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../../shared/backup';
import { buildDemoDataset } from '../../../../shared/demo';
import { restoreDatabase, snapshotDatabase } from '../../../../renderer/db/backup';
import { addDataset, createRepositories } from '../../../../renderer/db/repositories';
import { createTestContext } from './testDatabase';

/** Watches every IndexedDB transaction opened, calling through to the real one. */
let transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');

beforeEach(() => {
  transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');
});

const contexts: { db: { delete(): Promise<void> } }[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(contexts.splice(0).map((context) => context.db.delete()));
});

function setup() {
  const context = createTestContext();
  contexts.push(context);
  return { context, db: context.db, repositories: createRepositories(context) };
}

/** The durability of every read-write transaction a write opened, as IndexedDB reports it. */
async function durabilitiesOf(write: () => Promise<unknown>): Promise<string[]> {
  transactions.mockClear();
  await write();
  return transactions.mock.results
    .flatMap((result) => (result.type === 'return' ? [result.value] : []))
    .filter((transaction) => transaction.mode === 'readwrite')
    .map((transaction) => transaction.durability);
}

const now = new Date('2026-11-20T10:00:00Z');

describe('writes that matter are strict-durable ("saved" means on disk)', () => {
  it('an import of many records', async () => {
    const { context, repositories } = setup();
    await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
    const imported = await durabilitiesOf(async () => {
      await addDataset(context, buildDemoDataset({ now }), { source: 'import' });
      await repositories.organizations.createMany(
        [{ name: 'Cooperativa Nuova Aurora', type: 'cooperativaSociale' }],
        { source: 'import' },
      );
    });
    expect(imported.length).toBeGreaterThan(0);
    expect(new Set(imported)).toEqual(new Set(['strict']));
  });

  it('a restore from a backup', async () => {
    const { context, db } = setup();
    await addDataset(context, buildDemoDataset({ now }), { source: 'demo' });
    const decoded = decodeBackup(encodeBackup(await snapshotDatabase(db, 'test', now)));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
    const restored = await durabilitiesOf(() =>
      restoreDatabase(db, decoded.backup, context.identity(), now),
    );
    expect(restored.length).toBeGreaterThan(0);
    expect(new Set(restored)).toEqual(new Set(['strict']));
  });

  it('a meeting and its minutes saved', async () => {
    const { context, repositories } = setup();
    const dataset = buildDemoDataset({ now });
    await addDataset(context, dataset, { source: 'demo' });
    const meeting = dataset.meetings.find((row) => row.status !== 'verbaleApprovato');
    if (!meeting) throw new Error('the demo has no meeting with open minutes');
    const saved = await durabilitiesOf(async () => {
      await repositories.meetings.update(meeting.id, { place: 'Sala consiliare, Segrate' });
      await repositories.meetings.update(meeting.id, {
        minutesPremise: 'La seduta si apre alle 9.30 con il quorum raggiunto.',
      });
    });
    expect(saved.length).toBeGreaterThan(0);
    expect(new Set(saved)).toEqual(new Set(['strict']));
  });

  it('tells apart a database opened without the setting, so the check above can fail', async () => {
    const plain = new Dexie(`regia-durability-control-${Date.now()}`);
    plain.version(1).stores({ notes: 'id' });
    contexts.push({ db: plain });
    const written = await durabilitiesOf(() => plain.table('notes').add({ id: 'a' }));
    expect(written).toEqual(['default']);
  });
});
