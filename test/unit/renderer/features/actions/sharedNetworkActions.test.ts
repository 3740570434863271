import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Action } from '../../../../../shared/domain';
import { addDataset, createRepositories } from '../../../../../renderer/db';
import {
  currentNetworkActions,
  prefetchNetworkActions,
  shareNetworkActions,
} from '../../../../../renderer/features/actions/sharedNetworkActions';
import { actionWith } from '../../../shared/actions/actionFixture';
import { createTestContext } from '../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';
const otherNetworkId = '22222222-2222-4222-8222-222222222222';

async function seeded() {
  const context = createTestContext();
  await addDataset(context, {
    actions: [
      actionWith({ networkId, title: 'Mappatura' }),
      actionWith({ networkId: otherNetworkId, title: 'Altra rete' }),
    ],
  });
  return { db: context.db, repositories: createRepositories(context) };
}

const titlesOf = (actions: readonly Action[] | undefined): string[] =>
  (actions ?? []).map((action) => action.title).sort();

const draft = (title: string) =>
  ({ networkId, title, status: 'daAvviare', priority: 'media', progress: 0 }) as const;

describe('the copy of a network’s actions shared by the pages', () => {
  it('gives a page opened again the copy at once, without reading the network again', async () => {
    const { db } = await seeded();
    let first: readonly Action[] | undefined;
    const leave = shareNetworkActions(db, networkId, (actions) => (first = actions));
    await vi.waitFor(() => expect(first).toBeDefined());
    leave();
    const read = vi.spyOn(db.actions, 'where');
    expect(currentNetworkActions(db, networkId)).toBe(first);
    let second: readonly Action[] | undefined;
    const leaveAgain = shareNetworkActions(db, networkId, (actions) => (second = actions));
    expect(second).toBe(first);
    expect(read).not.toHaveBeenCalled();
    leaveAgain();
  });

  it('offers no copy while changes made after the page was left are unread, and reads them on return', async () => {
    const { db, repositories } = await seeded();
    let latest: readonly Action[] | undefined;
    const leave = shareNetworkActions(db, networkId, (actions) => (latest = actions));
    await vi.waitFor(() => expect(latest).toBeDefined());
    leave();
    await repositories.actions.create(draft('Dopo l’uscita'));
    expect(currentNetworkActions(db, networkId)).toBeUndefined();
    const leaveAgain = shareNetworkActions(db, networkId, (actions) => (latest = actions));
    await vi.waitFor(() => expect(titlesOf(latest)).toEqual(['Dopo l’uscita', 'Mappatura']));
    expect(currentNetworkActions(db, networkId)).toBe(latest);
    leaveAgain();
  });

  it('lets the copy go once no page has shown it for the time kept', async () => {
    const { db } = await seeded();
    let latest: readonly Action[] | undefined;
    const leave = shareNetworkActions(db, networkId, (actions) => (latest = actions), 20);
    await vi.waitFor(() => expect(latest).toBeDefined());
    leave();
    await vi.waitFor(() => expect(currentNetworkActions(db, networkId)).toBeUndefined());
  });

  it('keeps one resting network at most: opening another lets the first go', async () => {
    const { db } = await seeded();
    let first: readonly Action[] | undefined;
    const leave = shareNetworkActions(db, networkId, (actions) => (first = actions));
    await vi.waitFor(() => expect(first).toBeDefined());
    leave();
    let other: readonly Action[] | undefined;
    const leaveOther = shareNetworkActions(db, otherNetworkId, (actions) => (other = actions));
    expect(currentNetworkActions(db, networkId)).toBeUndefined();
    await vi.waitFor(() => expect(titlesOf(other)).toEqual(['Altra rete']));
    leaveOther();
  });

  it('reads a network ahead of its page, which then takes the copy at once without reading', async () => {
    const { db } = await seeded();
    const prefetched = await prefetchNetworkActions(db, networkId);
    expect(titlesOf(prefetched)).toEqual(['Mappatura']);
    const read = vi.spyOn(db.actions, 'where');
    let shown: readonly Action[] | undefined;
    const leave = shareNetworkActions(db, networkId, (actions) => (shown = actions));
    expect(shown).toBe(prefetched);
    expect(read).not.toHaveBeenCalled();
    leave();
  });

  it('leaves a prefetched copy resting: a change made meanwhile is read before it is shown', async () => {
    const { db, repositories } = await seeded();
    await prefetchNetworkActions(db, networkId);
    await repositories.actions.create(draft('Dopo il prefetch'));
    await vi.waitFor(() => expect(currentNetworkActions(db, networkId)).toBeUndefined());
    const again = await prefetchNetworkActions(db, networkId);
    expect(titlesOf(again)).toEqual(['Dopo il prefetch', 'Mappatura']);
  });
});
