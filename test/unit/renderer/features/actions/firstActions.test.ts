import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sortActions } from '../../../../../shared/actions';
import type { Action } from '../../../../../shared/domain';
import { addDataset } from '../../../../../renderer/db';
import { defaultActionSort } from '../../../../../renderer/features/actions/actionIndexes';
import { readFirstActions } from '../../../../../renderer/features/actions/firstActions';
import { actionWith } from '../../../shared/actions/actionFixture';
import { createTestContext } from '../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';
const otherNetworkId = '22222222-2222-4222-8222-222222222222';

/** Thirty actions over a few days, with ties on each day, some archived and some undated. */
function network(): Action[] {
  const days = ['2026-03-02', '2026-01-15', '2026-02-01', '2026-01-15', '2026-02-01'];
  const titles = ['Zeta', 'alfa', 'Mappatura', 'beta', 'Azione 10', 'Azione 2'];
  return Array.from({ length: 30 }, (_, index) =>
    actionWith({
      networkId,
      title: titles[index % titles.length],
      dueDate: index % 7 === 6 ? null : (days[index % days.length] ?? null),
      archivedAt: index % 5 === 4 ? '2026-01-20T10:00:00.000Z' : null,
    }),
  );
}

async function seeded(actions: Action[]) {
  const context = createTestContext();
  await addDataset(context, {
    actions: [...actions, actionWith({ networkId: otherNetworkId, dueDate: '2025-01-01' })],
  });
  return context.db;
}

const live = (actions: readonly Action[]): Action[] =>
  actions.filter((action) => action.archivedAt === null);

describe('the Azioni page’s first screen, read through the indexes', () => {
  it('counts the network’s live actions and lists its first ones in the page’s own order, ties by title', async () => {
    const actions = network();
    const db = await seeded(actions);
    const first = await readFirstActions(db, networkId, 8);
    const expected = sortActions(live(actions), defaultActionSort).slice(0, 8);
    expect(first?.liveCount).toBe(live(actions).length);
    expect(first?.first.map((action) => action.id)).toEqual(expected.map((action) => action.id));
  });

  it('cuts through a day shared by more actions than the screen shows, still in the page’s order', async () => {
    const actions = network();
    const db = await seeded(actions);
    const liveDated = live(actions).filter((action) => action.dueDate !== null);
    const cut = sortActions(liveDated, defaultActionSort).findIndex(
      (action, index, all) => index > 0 && action.dueDate === all[index - 1]?.dueDate,
    );
    const first = await readFirstActions(db, networkId, cut + 1);
    const expected = sortActions(live(actions), defaultActionSort).slice(0, cut + 1);
    expect(first?.first.map((action) => action.title)).toEqual(
      expected.map((action) => action.title),
    );
  });

  it('answers nothing when fewer live actions have a due day than the screen shows, so the page reads them all', async () => {
    const db = await seeded(network());
    expect(await readFirstActions(db, networkId, 40)).toBeNull();
  });
});
