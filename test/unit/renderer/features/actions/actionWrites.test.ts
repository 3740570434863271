import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fieldChangesOf } from '../../../../../shared/actions';
import { createRepositories } from '../../../../../renderer/db';
import {
  addTimelineNote,
  createAction,
  editAction,
  editActions,
  setActionArchived,
  type ActionWriter,
} from '../../../../../renderer/features/actions/actionWrites';
import { createTestContext } from '../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';
const afol = 'aaaaaaaa-0000-4000-8000-000000000001';

function setUp(): ActionWriter {
  let tick = 0;
  // A clock that moves one second per read, so entries written one after the other have an order.
  const now = (): Date => new Date(Date.UTC(2026, 3, 1, 9, 0, tick++));
  const context = createTestContext({ now });
  return { db: context.db, repositories: createRepositories(context), author: 'Giulia Rossi', now };
}

const draft = {
  networkId,
  title: 'Mappatura dei tirocini',
  status: 'daAvviare' as const,
  priority: 'media' as const,
  progress: 0,
  dueDate: '2026-04-30',
};

async function timelineOf(writer: ActionWriter, actionId: string) {
  return writer.db.actionUpdates
    .where('[actionId+at]')
    .between([actionId, ''], [actionId, '\uffff'])
    .reverse()
    .toArray();
}

describe('writing actions with their timeline', () => {
  it('starts the timeline of a new action with its starting values', async () => {
    const writer = setUp();
    const action = await createAction(writer, draft);
    const [entry, ...rest] = await timelineOf(writer, action.id);
    expect(rest).toEqual([]);
    expect(entry && fieldChangesOf(entry)).toEqual([
      { field: 'status', from: null, to: 'daAvviare' },
      { field: 'progress', from: null, to: 0 },
      { field: 'dueDate', from: null, to: '2026-04-30' },
    ]);
    expect(entry).toMatchObject({ author: 'Giulia Rossi', source: 'ui' });
  });

  it('records every change of status, progress and due date, newest first, with who and from where', async () => {
    const writer = setUp();
    const action = await createAction(writer, draft);
    await editAction(writer, action.id, { status: 'inCorso' });
    await editAction(writer, action.id, { progress: 40 }, { source: 'import' });
    await editAction(writer, action.id, { dueDate: '2026-06-30' }, { text: 'Rinviata a giugno' });
    await editAction(writer, action.id, { status: 'completata', progress: 100, dueDate: null });
    const entries = await timelineOf(writer, action.id);
    expect(entries.map((entry) => fieldChangesOf(entry))).toEqual([
      [
        { field: 'status', from: 'inCorso', to: 'completata' },
        { field: 'progress', from: 40, to: 100 },
        { field: 'dueDate', from: '2026-06-30', to: null },
      ],
      [{ field: 'dueDate', from: '2026-04-30', to: '2026-06-30' }],
      [{ field: 'progress', from: 0, to: 40 }],
      [{ field: 'status', from: 'daAvviare', to: 'inCorso' }],
      [
        { field: 'status', from: null, to: 'daAvviare' },
        { field: 'progress', from: null, to: 0 },
        { field: 'dueDate', from: null, to: '2026-04-30' },
      ],
    ]);
    expect(entries.map((entry) => entry.source)).toEqual(['ui', 'ui', 'import', 'ui', 'ui']);
    expect(entries[1]?.text).toBe('Rinviata a giugno');
  });

  it('writes no entry for a change the timeline does not track, unless there is a note', async () => {
    const writer = setUp();
    const action = await createAction(writer, draft);
    await editAction(writer, action.id, { title: 'Mappatura dei tirocini 2026' });
    expect(await timelineOf(writer, action.id)).toHaveLength(1);
    await editAction(
      writer,
      action.id,
      { ownerOrganizationId: afol },
      { note: () => 'Ente responsabile: nessuno → AFOL' },
    );
    const [latest] = await timelineOf(writer, action.id);
    expect(latest?.text).toBe('Ente responsabile: nessuno → AFOL');
    await addTimelineNote(writer, action.id, 'Sentiti i servizi sociali');
    const [note] = await timelineOf(writer, action.id);
    expect(note && { text: note.text, changes: fieldChangesOf(note) }).toEqual({
      text: 'Sentiti i servizi sociali',
      changes: [],
    });
  });

  it('stores neither the change nor its entry when the change is invalid', async () => {
    const writer = setUp();
    const action = await createAction(writer, draft);
    await expect(
      editAction(writer, action.id, { status: 'inCorso', progress: 140 }),
    ).rejects.toThrow();
    expect((await writer.db.actions.get(action.id))?.status).toBe('daAvviare');
    expect(await timelineOf(writer, action.id)).toHaveLength(1);
  });

  it('edits several actions in one transaction with an entry for each, or none of them', async () => {
    const writer = setUp();
    const actions = await Promise.all(
      ['Prima', 'Seconda', 'Terza'].map((title) => createAction(writer, { ...draft, title })),
    );
    const ids = actions.map((action) => action.id);
    await editActions(writer, ids, { status: 'bloccata', dueDate: '2026-05-15' });
    for (const id of ids) {
      const [latest] = await timelineOf(writer, id);
      expect(latest && fieldChangesOf(latest)).toEqual([
        { field: 'status', from: 'daAvviare', to: 'bloccata' },
        { field: 'dueDate', from: '2026-04-30', to: '2026-05-15' },
      ]);
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(editActions(writer, [...ids, missing], { status: 'inCorso' })).rejects.toThrow();
    const statuses = await writer.db.actions.bulkGet(ids);
    expect(statuses.map((action) => action?.status)).toEqual(['bloccata', 'bloccata', 'bloccata']);
    expect(await writer.db.actionUpdates.count()).toBe(6);
  });

  it('records an audit entry for the action and for its timeline entry', async () => {
    const writer = setUp();
    const action = await createAction(writer, draft);
    await editAction(writer, action.id, { status: 'inCorso' });
    const audited = await writer.db.auditEntries.toArray();
    expect(audited.map((entry) => `${entry.table}:${entry.operation}`).sort()).toEqual([
      'actionUpdates:create',
      'actionUpdates:create',
      'actions:create',
      'actions:update',
    ]);
  });

  it('archives an action and restores it, keeping its timeline and auditing both', async () => {
    const writer = setUp();
    const action = await createAction(writer, draft);
    const archived = await setActionArchived(writer, action.id, true);
    expect(archived.archivedAt).not.toBeNull();
    const restored = await setActionArchived(writer, action.id, false);
    expect(restored.archivedAt).toBeNull();
    expect(await timelineOf(writer, action.id)).toHaveLength(1);
    const operations = (await writer.db.auditEntries.toArray())
      .filter((entry) => entry.table === 'actions')
      .map((entry) => entry.operation)
      .sort();
    expect(operations).toEqual(['archive', 'create', 'restore']);
  });
});
