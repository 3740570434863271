import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../renderer/db';
import {
  createAction,
  type ActionWriter,
} from '../../../../../renderer/features/actions/actionWrites';
import {
  archiveActionsUndoable,
  editActionsUndoable,
  ReopenNeedsProgressError,
} from '../../../../../renderer/features/actions/bulkActionWrites';
import { createTestContext } from '../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';

function setUp(): ActionWriter {
  let tick = 0;
  const now = (): Date => new Date(Date.UTC(2026, 3, 1, 9, 0, tick++));
  const context = createTestContext({ now });
  return { db: context.db, repositories: createRepositories(context), author: 'Giulia Rossi', now };
}

const draft = (title: string, status: 'inCorso' | 'completata', progress: number) => ({
  networkId,
  title,
  status,
  priority: 'media' as const,
  progress,
  dueDate: '2026-04-30',
});

describe('bulk edits that can be undone', () => {
  it('changes the selected actions and puts every changed field back on undo', async () => {
    const writer = setUp();
    const first = await createAction(writer, draft('Tirocini', 'inCorso', 30));
    const second = await createAction(writer, draft('Sportello', 'inCorso', 60));
    const change = await editActionsUndoable(writer, [first.id, second.id], {
      status: 'completata',
      dueDate: '2026-05-31',
    });
    expect(
      change.changed.map((action) => [action.status, action.progress, action.dueDate]),
    ).toEqual([
      ['completata', 100, '2026-05-31'],
      ['completata', 100, '2026-05-31'],
    ]);
    await change.undo();
    const restored = await writer.db.actions.bulkGet([first.id, second.id]);
    expect(restored.map((action) => [action?.status, action?.progress, action?.dueDate])).toEqual([
      ['inCorso', 30, '2026-04-30'],
      ['inCorso', 60, '2026-04-30'],
    ]);
  });

  it('refuses to reopen completed actions without their new progress, and changes nothing', async () => {
    const writer = setUp();
    const done = await createAction(writer, draft('Mappatura', 'completata', 100));
    const open = await createAction(writer, draft('Tavolo', 'inCorso', 10));
    await expect(
      editActionsUndoable(writer, [done.id, open.id], { status: 'bloccata' }),
    ).rejects.toBeInstanceOf(ReopenNeedsProgressError);
    expect((await writer.db.actions.get(open.id))?.status).toBe('inCorso');
    const change = await editActionsUndoable(
      writer,
      [done.id, open.id],
      { status: 'inCorso' },
      {
        reopenedProgress: 80,
      },
    );
    expect(change.changed.map((action) => action.progress)).toEqual([80, 10]);
  });

  it('archives the selection and restores it on undo', async () => {
    const writer = setUp();
    const first = await createAction(writer, draft('Tirocini', 'inCorso', 30));
    const change = await archiveActionsUndoable(writer, [first.id]);
    expect((await writer.db.actions.get(first.id))?.archivedAt).not.toBeNull();
    await change.undo();
    expect((await writer.db.actions.get(first.id))?.archivedAt).toBeNull();
  });
});
