import 'fake-indexeddb/auto';
import { RangeSet } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { Action } from '../../../../../shared/domain';
import { addDataset, createRepositories, type RegiaDatabase } from '../../../../../renderer/db';
import {
  changedIdsOf,
  followNetworkActions,
  startFollowingNetworkActions,
} from '../../../../../renderer/features/actions/networkActions';
import { actionWith } from '../../../shared/actions/actionFixture';
import { createTestContext } from '../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';
const otherNetworkId = '22222222-2222-4222-8222-222222222222';

type Follower = {
  latest: () => readonly Action[] | undefined;
  calls: () => number;
  stop: () => void;
};

function follow(db: RegiaDatabase): Follower {
  let latest: readonly Action[] | undefined;
  let calls = 0;
  const stop = followNetworkActions(db, networkId, (actions) => {
    latest = actions;
    calls += 1;
  });
  return { latest: () => latest, calls: () => calls, stop };
}

const titlesOf = (actions: readonly Action[] | undefined): string[] =>
  (actions ?? []).map((action) => action.title).sort();

async function seeded() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  await addDataset(context, {
    actions: [
      actionWith({ networkId, title: 'Mappatura' }),
      actionWith({ networkId, title: 'Archiviata', archivedAt: '2026-02-01T00:00:00.000Z' }),
      actionWith({ networkId: otherNetworkId, title: 'Altra rete' }),
    ],
  });
  return { db: context.db, repositories };
}

describe('the in-memory copy of a network’s actions', () => {
  it('reads every action of the network once, archived ones too, and none of other networks', async () => {
    const { db } = await seeded();
    const follower = follow(db);
    await vi.waitFor(() => expect(follower.latest()).toBeDefined());
    expect(titlesOf(follower.latest())).toEqual(['Archiviata', 'Mappatura']);
    follower.stop();
  });

  it('follows a new action, an edit, a move to another network and a removal', async () => {
    const { db, repositories } = await seeded();
    const follower = follow(db);
    await vi.waitFor(() => expect(follower.latest()).toBeDefined());
    const created = await repositories.actions.create({
      networkId,
      title: 'Convenzione',
      status: 'daAvviare',
      priority: 'media',
      progress: 0,
    });
    await vi.waitFor(() => expect(titlesOf(follower.latest())).toContain('Convenzione'));
    await repositories.actions.update(created.id, { title: 'Convenzione firmata' });
    await vi.waitFor(() =>
      expect(titlesOf(follower.latest())).toEqual([
        'Archiviata',
        'Convenzione firmata',
        'Mappatura',
      ]),
    );
    const mapping = follower.latest()?.find((action) => action.title === 'Mappatura');
    if (!mapping) throw new Error('The copy lost an action.');
    await repositories.actions.update(mapping.id, { networkId: otherNetworkId });
    await vi.waitFor(() =>
      expect(titlesOf(follower.latest())).toEqual(['Archiviata', 'Convenzione firmata']),
    );
    await repositories.actions.remove(created.id);
    await vi.waitFor(() => expect(titlesOf(follower.latest())).toEqual(['Archiviata']));
    follower.stop();
  });

  it('reads the network again after a bulk write, which names no single rows', async () => {
    const context = createTestContext();
    const follower = follow(context.db);
    await vi.waitFor(() => expect(follower.latest()).toEqual([]));
    const many = Array.from({ length: 80 }, (_, index) =>
      actionWith({ networkId: index % 2 === 0 ? networkId : otherNetworkId }),
    );
    await addDataset(context, { actions: many });
    await vi.waitFor(() => expect(follower.latest()).toHaveLength(40));
    expect(follower.latest()?.every((action) => action.networkId === networkId)).toBe(true);
    follower.stop();
  });

  it('stops following once stopped', async () => {
    const { db, repositories } = await seeded();
    const follower = follow(db);
    await vi.waitFor(() => expect(follower.latest()).toBeDefined());
    follower.stop();
    const calls = follower.calls();
    await repositories.actions.create({
      networkId,
      title: 'Dopo lo stop',
      status: 'daAvviare',
      priority: 'media',
      progress: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(follower.calls()).toBe(calls);
    expect(titlesOf(follower.latest())).not.toContain('Dopo lo stop');
  });
});

describe('a paused copy of a network’s actions', () => {
  it('notes a change while paused without reading it, and reads it on resume', async () => {
    const { db, repositories } = await seeded();
    const copies: (readonly Action[])[] = [];
    const follower = startFollowingNetworkActions(db, networkId, (actions) => copies.push(actions));
    await vi.waitFor(() => expect(follower.isCurrent()).toBe(true));
    follower.pause();
    const read = vi.spyOn(db.actions, 'bulkGet');
    await repositories.actions.create({
      networkId,
      title: 'Durante la pausa',
      status: 'daAvviare',
      priority: 'media',
      progress: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).not.toHaveBeenCalled();
    expect(copies).toHaveLength(1);
    expect(follower.isCurrent()).toBe(false);
    follower.resume();
    await vi.waitFor(() => expect(titlesOf(copies.at(-1))).toContain('Durante la pausa'));
    expect(read).toHaveBeenCalledTimes(1);
    expect(follower.isCurrent()).toBe(true);
    follower.stop();
  });

  it('hands on no new copy on resume when nothing changed', async () => {
    const { db } = await seeded();
    let calls = 0;
    const follower = startFollowingNetworkActions(db, networkId, () => (calls += 1));
    await vi.waitFor(() => expect(follower.isCurrent()).toBe(true));
    follower.pause();
    follower.resume();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(1);
    follower.stop();
  });
});

describe('the rows a change names', () => {
  it('lists rows named one by one', () => {
    const ids = ['c', 'a', 'b'];
    expect(changedIdsOf(new RangeSet().addKeys(ids))?.sort()).toEqual(['a', 'b', 'c']);
    expect(changedIdsOf(new RangeSet())).toEqual([]);
  });

  it('gives up on a range, and past the limit', () => {
    expect(changedIdsOf(new RangeSet('a', 'z'))).toBeNull();
    expect(changedIdsOf(new RangeSet().addKeys(['a']).add({ from: 'm', to: 'n' }))).toBeNull();
    expect(changedIdsOf(new RangeSet().addKeys(['a', 'b', 'c']), 2)).toBeNull();
    expect(changedIdsOf(new RangeSet().addKeys(['a', 'b']), 2)?.sort()).toEqual(['a', 'b']);
  });
});
