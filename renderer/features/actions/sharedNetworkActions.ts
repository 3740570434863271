import type { Action } from '../../../shared/domain';
import type { RegiaDatabase } from '../../db';
import { startFollowingNetworkActions, type NetworkActionsFollower } from './networkActions';

/** How long a network's actions stay in memory after the last page showing them is left. */
export const keepActionsMs = 10 * 60_000;

type Listener = (actions: readonly Action[]) => void;

type SharedCopy = {
  follower: NetworkActionsFollower;
  actions: readonly Action[] | undefined;
  listeners: Set<Listener>;
  release: ReturnType<typeof setTimeout> | undefined;
};

const copies = new WeakMap<RegiaDatabase, Map<string, SharedCopy>>();

/** Stops the copies no page shows: at most one network's actions rest in memory. */
function dropResting(byNetwork: Map<string, SharedCopy>): void {
  for (const [networkId, copy] of byNetwork) {
    if (copy.listeners.size > 0) continue;
    clearTimeout(copy.release);
    copy.follower.stop();
    byNetwork.delete(networkId);
  }
}

/**
 * A network's actions as the last page that showed them left them, if nothing changed since:
 * a page opened again draws them at once. Undefined when there is no current copy.
 */
export function currentNetworkActions(
  db: RegiaDatabase,
  networkId: string,
): readonly Action[] | undefined {
  const copy = copies.get(db)?.get(networkId);
  return copy?.follower.isCurrent() ? copy.actions : undefined;
}

/**
 * Calls `listener` with a network's actions after each change, from one copy shared by every
 * page that asks. When the last one leaves, the copy rests (changes are noted, not read) for
 * `keepMs`, so coming back reads only what changed; returns the function that leaves.
 */
export function shareNetworkActions(
  db: RegiaDatabase,
  networkId: string,
  listener: Listener,
  keepMs: number = keepActionsMs,
): () => void {
  let byNetwork = copies.get(db);
  if (!byNetwork) {
    byNetwork = new Map();
    copies.set(db, byNetwork);
  }
  let copy = byNetwork.get(networkId);
  if (!copy) {
    dropResting(byNetwork);
    const created: SharedCopy = {
      follower: startFollowingNetworkActions(db, networkId, (actions) => {
        created.actions = actions;
        for (const each of created.listeners) each(actions);
      }),
      actions: undefined,
      listeners: new Set(),
      release: undefined,
    };
    byNetwork.set(networkId, created);
    copy = created;
  } else {
    clearTimeout(copy.release);
    copy.release = undefined;
    copy.follower.resume();
  }
  const shared = copy;
  const network = byNetwork;
  shared.listeners.add(listener);
  if (shared.actions && shared.follower.isCurrent()) listener(shared.actions);
  return () => {
    shared.listeners.delete(listener);
    if (shared.listeners.size > 0) return;
    shared.follower.pause();
    shared.release = setTimeout(() => {
      shared.follower.stop();
      if (network.get(networkId) === shared) network.delete(networkId);
    }, keepMs);
  };
}

/**
 * Reads a network's actions into the shared copy before any page asks for them, and leaves the
 * copy resting as a page that was left would (see `shareNetworkActions`): the Azioni page or the
 * map opened within `keepMs` draws them without reading the network. Resolves with the copy.
 */
export function prefetchNetworkActions(
  db: RegiaDatabase,
  networkId: string,
  keepMs: number = keepActionsMs,
): Promise<readonly Action[]> {
  const current = currentNetworkActions(db, networkId);
  if (current) return Promise.resolve(current);
  return new Promise((resolve) => {
    let read = false;
    const leave = shareNetworkActions(
      db,
      networkId,
      (actions) => {
        if (read) return;
        read = true;
        // The listener may run before `shareNetworkActions` has returned the way to leave.
        queueMicrotask(() => leave());
        resolve(actions);
      },
      keepMs,
    );
  });
}
