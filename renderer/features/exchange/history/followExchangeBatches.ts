import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { ExchangeBatch } from '../../../../shared/domain';
import type { RegiaDatabase } from '../../../db';

/**
 * The ids of the batches a Dexie change set names one by one, or null when it names a range (a
 * clear, a delete by range, or a write of 50 rows or more, which Dexie reports as the table).
 */
function changedBatchIds(tree: IntervalTree): string[] | null {
  const ids: string[] = [];
  const visit = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    ids.push(node.from);
    return visit(node.l) && visit(node.r);
  };
  return visit(tree) ? ids : null;
}

/** The batches newest first, as the history lists them. */
function newestFirst(batches: Iterable<ExchangeBatch>): ExchangeBatch[] {
  return [...batches].sort((first, second) => second.at.localeCompare(first.at));
}

/**
 * Keeps a network's exchange batches in memory and current: one read through the `networkId`
 * index, then after each committed change to the batches (in this window or another) only the
 * batches it names, or all of them again when it names a range. An export batch holds the base of
 * every row it sent, so reading every batch again after each import of a returns day would read
 * the base of tens of thousands of exported rows each time. Calls `onChange` with the batches,
 * newest first, after the first read and after each change; returns the function that stops.
 */
export function followExchangeBatches(
  db: RegiaDatabase,
  networkId: string,
  onChange: (batches: ExchangeBatch[]) => void,
): () => void {
  const part = `idb://${db.name}/exchangeBatches/`;
  let byId = new Map<string, ExchangeBatch>();
  let stopped = false;
  let draining = false;
  let readEverything = true;
  const pending = new Set<string>();

  const readAll = async (): Promise<void> => {
    const batches = await db.exchangeBatches.where('networkId').equals(networkId).toArray();
    byId = new Map(batches.map((batch) => [batch.id, batch]));
  };
  const readSome = async (ids: string[]): Promise<void> => {
    const batches = await db.exchangeBatches.bulkGet(ids);
    ids.forEach((id, index) => {
      const batch = batches[index];
      if (batch && batch.networkId === networkId) byId.set(id, batch);
      else byId.delete(id);
    });
  };
  // One reader at a time, so a change never lands before the read it follows; changes that
  // arrive meanwhile are gathered and read together, then handed on once.
  const drain = async (): Promise<void> => {
    if (draining || stopped) return;
    draining = true;
    try {
      let read = false;
      while (!stopped && (readEverything || pending.size > 0)) {
        if (readEverything) {
          readEverything = false;
          pending.clear();
          await readAll();
        } else {
          const ids = [...pending];
          pending.clear();
          await readSome(ids);
        }
        read = true;
      }
      if (!stopped && read) onChange(newestFirst(byId.values()));
    } catch (error) {
      console.error(error);
    } finally {
      draining = false;
    }
  };
  const listener = (parts: ObservabilitySet): void => {
    const changed = parts[part];
    if (!changed) return;
    const ids = readEverything ? null : changedBatchIds(changed);
    if (ids === null) readEverything = true;
    else for (const id of ids) pending.add(id);
    void drain();
  };
  Dexie.on('storagemutated', listener);
  void drain();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}
