import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../renderer/db';
import { readActionsAsOf } from '../../../../../renderer/features/actions/actionsAsOf';
import {
  createAction,
  editAction,
  type ActionWriter,
} from '../../../../../renderer/features/actions/actionWrites';
import { createTestContext } from '../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';
const otherNetworkId = '22222222-2222-4222-8222-222222222222';
const meetingEnd = '2026-03-12T12:20:00.000Z';

/** A writer whose clock the test sets before each write. */
function setUp(): { writer: ActionWriter; at: (iso: string) => void } {
  let now = new Date('2026-01-01T09:00:00.000Z');
  const context = createTestContext({ now: () => now });
  const writer = {
    db: context.db,
    repositories: createRepositories(context),
    author: 'Giulia Rossi',
    now: () => now,
  };
  return { writer, at: (iso) => (now = new Date(iso)) };
}

const draft = (title: string, network: string = networkId) => ({
  networkId: network,
  title,
  status: 'daAvviare' as const,
  priority: 'media' as const,
  progress: 0,
  dueDate: '2026-04-30',
});

describe('reading the actions as they stood at a meeting', () => {
  it('gives closed actions back their open status, and leaves out those created later', async () => {
    const { writer, at } = setUp();
    at('2026-02-01T09:00:00.000Z');
    const completed = await createAction(writer, draft('Convenzione con le imprese'));
    const stillOpen = await createAction(writer, draft('Mappatura dei tirocini'));
    await createAction(writer, draft('Altra rete', otherNetworkId));
    at('2026-03-01T09:00:00.000Z');
    await editAction(writer, completed.id, { status: 'inCorso', progress: 50 });
    at('2026-03-20T09:00:00.000Z');
    await editAction(writer, completed.id, { status: 'completata', progress: 100 });
    await editAction(writer, stillOpen.id, { dueDate: '2026-06-30' });
    await createAction(writer, draft('Decisa dopo la seduta'));

    const then = await readActionsAsOf(writer.db, networkId, meetingEnd);
    const byTitle = new Map(then.map((action) => [action.title, action]));
    expect([...byTitle.keys()].sort()).toEqual([
      'Convenzione con le imprese',
      'Mappatura dei tirocini',
    ]);
    expect(byTitle.get('Convenzione con le imprese')).toMatchObject({
      status: 'inCorso',
      progress: 50,
    });
    expect(byTitle.get('Mappatura dei tirocini')?.dueDate).toBe('2026-04-30');
  });

  it('keeps an action archived after the meeting as it was, live', async () => {
    const { writer, at } = setUp();
    at('2026-02-01T09:00:00.000Z');
    const action = await createAction(writer, draft('Sportello di Pioltello'));
    at('2026-04-01T09:00:00.000Z');
    await writer.repositories.actions.archive(action.id);
    const [then] = await readActionsAsOf(writer.db, networkId, meetingEnd);
    expect(then).toMatchObject({ title: 'Sportello di Pioltello', archivedAt: null });
  });
});
