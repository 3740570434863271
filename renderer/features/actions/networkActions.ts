import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Action } from '../../../shared/domain';
import type { RegiaDatabase } from '../../db';

/** Past this many changed actions, reading the network's actions again is cheaper than one by one. */
export const changedRowsLimit = 1_000;

/**
 * The ids of the rows a Dexie change set names one by one, or null when it names a range: a
 * clear, a delete by range, or a write of 50 rows or more (which Dexie reports as the whole
 * table), or more than `limit` rows.
 */
export function changedIdsOf(
  tree: IntervalTree,
  limit: number = changedRowsLimit,
): string[] | null {
  const ids: string[] = [];
  const visit = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    ids.push(node.from);
    return ids.length <= limit && visit(node.l) && visit(node.r);
  };
  return visit(tree) ? ids : null;
}

/** A copy of a network's actions kept current, which can rest while no page shows it. */
export type NetworkActionsFollower = {
  /** Stops reading: changes are only noted, to be read on `resume`. */
  pause: () => void;
  /** Reads what changed while paused, then follows again. */
  resume: () => void;
  /** Whether the last copy handed on is current: no change is left to read, paused or not. */
  isCurrent: () => boolean;
  stop: () => void;
};

/**
 * Keeps the actions of one network in memory and current: one read through the `networkId`
 * index, then, after each committed change to the actions (in this window or another), only
 * the rows the change names, or everything again when it names a range. Calls `onChange` with
 * a new array after the first read and after each change that was read. While paused nothing is
 * read (an import elsewhere in the app pays nothing for it); the changes noted meanwhile are read
 * on resume.
 */
export function startFollowingNetworkActions(
  db: RegiaDatabase,
  networkId: string,
  onChange: (actions: readonly Action[]) => void,
): NetworkActionsFollower {
  const part = `idb://${db.name}/actions/`;
  let byId = new Map<string, Action>();
  let stopped = false;
  let paused = false;
  let draining = false;
  let readEverything = true;
  let unreported = false;
  const pending = new Set<string>();

  const readAll = async (): Promise<void> => {
    const rows = await db.actions.where('networkId').equals(networkId).toArray();
    byId = new Map(rows.map((row) => [row.id, row]));
  };
  const readSome = async (ids: string[]): Promise<void> => {
    const rows = await db.actions.bulkGet(ids);
    ids.forEach((id, index) => {
      const row = rows[index];
      if (row && row.networkId === networkId) byId.set(id, row);
      else byId.delete(id);
    });
  };
  const running = (): boolean => !stopped && !paused;
  // One reader at a time, so a change read after the first read never lands before it; changes
  // that arrive meanwhile are gathered and read together, then the copy is handed on once.
  const drain = async (): Promise<void> => {
    if (draining || !running()) return;
    draining = true;
    try {
      while (running() && (readEverything || pending.size > 0)) {
        if (readEverything) {
          readEverything = false;
          pending.clear();
          await readAll();
        } else {
          const ids = [...pending];
          pending.clear();
          await readSome(ids);
        }
        unreported = true;
      }
      if (running() && unreported) {
        unreported = false;
        onChange([...byId.values()]);
      }
    } catch (error) {
      console.error(error);
    } finally {
      draining = false;
    }
  };
  const listener = (parts: ObservabilitySet): void => {
    const changed = parts[part];
    if (!changed) return;
    const ids = readEverything ? null : changedIdsOf(changed);
    if (ids === null) readEverything = true;
    else for (const id of ids) pending.add(id);
    // Changes gathered while paused can add up past what reading them one by one is worth.
    if (pending.size > changedRowsLimit) {
      readEverything = true;
      pending.clear();
    }
    void drain();
  };
  Dexie.on('storagemutated', listener);
  void drain();
  return {
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
      void drain();
    },
    isCurrent: () => !draining && !readEverything && pending.size === 0 && !unreported,
    stop: () => {
      stopped = true;
      Dexie.on.storagemutated.unsubscribe(listener);
    },
  };
}

/** Follows a network's actions until the function it returns is called (see `startFollowingNetworkActions`). */
export function followNetworkActions(
  db: RegiaDatabase,
  networkId: string,
  onChange: (actions: readonly Action[]) => void,
): () => void {
  return startFollowingNetworkActions(db, networkId, onChange).stop;
}
