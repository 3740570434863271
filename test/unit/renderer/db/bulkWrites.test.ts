import { afterEach, describe, expect, it } from 'vitest';
import { MinutesLockedError } from '../../../../renderer/db/minutesLock';
import { createRepositories } from '../../../../renderer/db/repositories';
import { RecordNotFoundError } from '../../../../renderer/db/repository';
import { createTestContext } from './testDatabase';

const contexts: { db: { delete(): Promise<void> } }[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.db.delete()));
});

let tick = 0;
function setup() {
  // A clock that moves, so that a bulk write's timestamps are seen to be its own.
  const context = createTestContext({
    now: () => new Date(Date.UTC(2026, 2, 10, 9, 0, (tick += 1))),
  });
  contexts.push(context);
  return { context, db: context.db, repositories: createRepositories(context) };
}

const batchId = '33333333-3333-4333-8333-333333333333';
const importOptions = { source: 'import' as const, batchId };

async function networkWithActions(count: number) {
  const { context, db, repositories } = setup();
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const actions = await repositories.actions.createMany(
    Array.from({ length: count }, (_, index) => ({
      networkId: network.id,
      title: `Sportello lavoro ${index + 1}`,
      status: 'daAvviare' as const,
      priority: 'media' as const,
      progress: 0,
    })),
  );
  return { context, db, repositories, network, actions };
}

describe('bulk writes through the repositories', () => {
  it('creates every record in the drafts’ order with one audit entry each, carrying the batch', async () => {
    const { db, repositories } = setup();
    const created = await repositories.organizations.createMany(
      [
        { name: 'Comune di Segrate', type: 'comune', comune: 'Segrate' },
        { name: 'Cooperativa Nuova Aurora', type: 'cooperativaSociale' },
      ],
      importOptions,
    );
    expect(created.map((row) => row.name)).toEqual([
      'Comune di Segrate',
      'Cooperativa Nuova Aurora',
    ]);
    expect(created.every((row) => row.rev === 1 && row.archivedAt === null)).toBe(true);
    // Derived fields are computed as a single create computes them.
    expect(created[0]?.searchWords).toEqual(expect.arrayContaining(['comune', 'segrate']));
    const entries = await db.auditEntries.where('batchId').equals(batchId).toArray();
    expect(entries).toHaveLength(2);
    expect(entries.map((entry) => entry.recordId).sort()).toEqual(
      created.map((row) => row.id).sort(),
    );
    expect(entries.every((entry) => entry.operation === 'create' && entry.before === null)).toBe(
      true,
    );
    expect(entries.every((entry) => entry.source === 'import')).toBe(true);
    expect(entries[0]).toMatchObject({ userName: 'Giulia Rossi', table: 'organizations' });
  });

  it('updates every record with its revision bumped, a new updatedAt and its before and after audited', async () => {
    const { db, repositories, actions } = await networkWithActions(3);
    const [first, second, third] = actions;
    if (!first || !second || !third) throw new Error('setup changed');
    const updated = await repositories.actions.updateMany(
      [
        { id: first.id, patch: { status: 'inCorso', progress: 40 } },
        { id: third.id, patch: { dueDate: '2026-11-30' } },
      ],
      importOptions,
    );
    expect(updated.map((row) => row.id)).toEqual([first.id, third.id]);
    expect(updated.map((row) => row.rev)).toEqual([2, 2]);
    expect(updated.every((row) => row.updatedAt > first.updatedAt)).toBe(true);
    expect(await db.actions.get(first.id)).toMatchObject({ status: 'inCorso', progress: 40 });
    expect(await db.actions.get(third.id)).toMatchObject({ dueDate: '2026-11-30', rev: 2 });
    expect(await db.actions.get(second.id)).toEqual(second);
    const entries = await db.auditEntries.where('batchId').equals(batchId).toArray();
    expect(entries).toHaveLength(2);
    const firstEntry = entries.find((entry) => entry.recordId === first.id);
    expect(firstEntry).toMatchObject({
      operation: 'update',
      table: 'actions',
      source: 'import',
      before: { status: 'daAvviare', progress: 0, rev: 1 },
      after: { status: 'inCorso', progress: 40, rev: 2 },
    });
  });

  it('updates a record named twice twice, as two updates in a row would', async () => {
    const { db, repositories, actions } = await networkWithActions(1);
    const [action] = actions;
    if (!action) throw new Error('setup changed');
    await repositories.actions.updateMany([
      { id: action.id, patch: { progress: 10 } },
      { id: action.id, patch: { progress: 20 } },
    ]);
    expect(await db.actions.get(action.id)).toMatchObject({ progress: 20, rev: 3 });
    const entries = await db.auditEntries
      .where('[table+recordId]')
      .equals(['actions', action.id])
      .filter((entry) => entry.operation === 'update')
      .toArray();
    const revOf = (row: unknown): unknown =>
      typeof row === 'object' && row !== null && 'rev' in row ? row.rev : undefined;
    expect(entries.map((entry) => [revOf(entry.before), revOf(entry.after)]).sort()).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it('writes nothing at all when one of the records is invalid', async () => {
    const { db, repositories, actions, network } = await networkWithActions(2);
    const [first, second] = actions;
    if (!first || !second) throw new Error('setup changed');
    const auditBefore = await db.auditEntries.count();
    await expect(
      repositories.actions.updateMany([
        { id: first.id, patch: { progress: 50 } },
        { id: second.id, patch: { progress: 140 } },
      ]),
    ).rejects.toThrow();
    await expect(
      repositories.actions.createMany([
        {
          networkId: network.id,
          title: 'Valida',
          status: 'inCorso',
          priority: 'alta',
          progress: 0,
        },
        {
          networkId: network.id,
          title: '   ',
          status: 'inCorso',
          priority: 'alta',
          progress: 0,
        },
      ]),
    ).rejects.toThrow();
    expect(await db.actions.get(first.id)).toEqual(first);
    expect(await db.actions.count()).toBe(2);
    expect(await db.auditEntries.count()).toBe(auditBefore);
  });

  it('raises RecordNotFoundError for a missing record and writes nothing', async () => {
    const { db, repositories, actions } = await networkWithActions(1);
    const [action] = actions;
    if (!action) throw new Error('setup changed');
    const missing = '44444444-4444-4444-8444-444444444444';
    const auditBefore = await db.auditEntries.count();
    const attempt = repositories.actions.updateMany([
      { id: action.id, patch: { progress: 50 } },
      { id: missing, patch: { progress: 60 } },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(attempt).rejects.toMatchObject({ table: 'actions', id: missing });
    expect(await db.actions.get(action.id)).toEqual(action);
    expect(await db.auditEntries.count()).toBe(auditBefore);
  });

  it('refuses the whole write when a record fails the caller’s check, as read in the write', async () => {
    const { db, repositories, actions } = await networkWithActions(2);
    const [first, second] = actions;
    if (!first || !second) throw new Error('setup changed');
    await repositories.actions.update(second.id, { progress: 30 });
    const auditBefore = await db.auditEntries.count();
    const stillAtZero = (current: { progress: number }): void => {
      if (current.progress !== 0) throw new Error('changed since it was read');
    };
    await expect(
      repositories.actions.updateMany([
        { id: first.id, patch: { progress: 50 }, check: stillAtZero },
        { id: second.id, patch: { progress: 60 }, check: stillAtZero },
      ]),
    ).rejects.toThrow('changed since it was read');
    expect((await db.actions.get(first.id))?.progress).toBe(0);
    expect((await db.actions.get(second.id))?.progress).toBe(30);
    expect(await db.auditEntries.count()).toBe(auditBefore);
  });

  it('rolls back with the caller’s transaction when a later write of the caller fails', async () => {
    const { db, repositories, actions } = await networkWithActions(2);
    const auditBefore = await db.auditEntries.count();
    await expect(
      db.transaction('rw', [db.actions, db.auditEntries], async () => {
        await repositories.actions.updateMany(
          actions.map((action) => ({ id: action.id, patch: { progress: 90 } })),
        );
        throw new Error('the caller gives up');
      }),
    ).rejects.toThrow('the caller gives up');
    expect((await db.actions.toArray()).map((action) => action.progress)).toEqual([0, 0]);
    expect(await db.auditEntries.count()).toBe(auditBefore);
  });

  it('archives and removes many records with one audit entry each, and nothing when one is missing', async () => {
    const { db, repositories, actions } = await networkWithActions(3);
    const [first, second, third] = actions;
    if (!first || !second || !third) throw new Error('setup changed');
    const missing = '55555555-5555-4555-8555-555555555555';
    const auditBefore = await db.auditEntries.count();
    await expect(repositories.actions.archiveMany([first.id, missing])).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
    await expect(repositories.actions.removeMany([second.id, missing])).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
    expect(await db.actions.count()).toBe(3);
    expect((await db.actions.get(first.id))?.archivedAt).toBeNull();
    expect(await db.auditEntries.count()).toBe(auditBefore);

    const archived = await repositories.actions.archiveMany([first.id], importOptions);
    expect(archived[0]?.rev).toBe(2);
    expect(archived[0]?.archivedAt).toMatch(/^2026-03-10T/);
    await repositories.actions.removeMany([second.id, third.id], importOptions);
    expect((await db.actions.toArray()).map((action) => action.id)).toEqual([first.id]);
    const entries = await db.auditEntries.where('batchId').equals(batchId).toArray();
    expect(entries.map((entry) => entry.operation).sort()).toEqual(['archive', 'delete', 'delete']);
    expect(entries.find((entry) => entry.recordId === third.id)).toMatchObject({
      before: { title: third.title },
      after: null,
    });
  });

  it('refuses bulk writes to approved minutes, and lets a merge move references', async () => {
    const { db, repositories } = setup();
    const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
    const [segrate, pioltello] = await repositories.organizations.createMany([
      { name: 'Comune di Segrate', type: 'comune' },
      { name: 'Comune di Pioltello', type: 'comune' },
    ]);
    if (!segrate || !pioltello) throw new Error('setup changed');
    const meeting = await repositories.meetings.create({
      networkId: network.id,
      year: 2026,
      number: 2,
      kind: 'ordinaria',
      status: 'verbaleInBozza',
      date: '2026-03-12',
    });
    const [attendance] = await repositories.attendances.createMany([
      { meetingId: meeting.id, organizationId: segrate.id, status: 'presente' },
    ]);
    if (!attendance) throw new Error('setup changed');
    await repositories.meetings.update(meeting.id, { status: 'verbaleApprovato' });
    const auditBefore = await db.auditEntries.count();

    await expect(
      repositories.attendances.updateMany([{ id: attendance.id, patch: { status: 'assente' } }]),
    ).rejects.toThrow(MinutesLockedError);
    await expect(
      repositories.attendances.createMany([
        { meetingId: meeting.id, organizationId: pioltello.id, status: 'presente' },
      ]),
    ).rejects.toThrow(MinutesLockedError);
    await expect(
      repositories.meetings.updateMany([{ id: meeting.id, patch: { place: 'Altrove' } }]),
    ).rejects.toThrow(MinutesLockedError);
    await expect(repositories.attendances.removeMany([attendance.id])).rejects.toThrow(
      MinutesLockedError,
    );
    await expect(repositories.attendances.archiveMany([attendance.id])).rejects.toThrow(
      MinutesLockedError,
    );
    expect(await db.attendances.get(attendance.id)).toEqual(attendance);
    expect(await db.attendances.count()).toBe(1);
    expect((await db.meetings.get(meeting.id))?.place).toBe('');
    expect(await db.auditEntries.count()).toBe(auditBefore);

    await repositories.attendances.updateMany(
      [{ id: attendance.id, patch: { organizationId: pioltello.id } }],
      { referencesOnly: true },
    );
    expect((await db.attendances.get(attendance.id))?.organizationId).toBe(pioltello.id);
  });
});
