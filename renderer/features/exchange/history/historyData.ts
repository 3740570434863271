import { useCallback, useEffect, useState } from 'react';
import type { ExchangeBatch } from '../../../../shared/domain';
import { importKindOf } from '../../../../shared/exchange';
import { useRegia } from '../../../app/RegiaContext';
import type { Repositories, RegiaDatabase } from '../../../db';
import { followExchangeBatches } from './followExchangeBatches';
import { undoImport } from './undoImport';

/** The batches last read, and for which database and network. */
type Followed = { db: RegiaDatabase; networkId: string; batches: ExchangeBatch[] };

/** The exchanges of a network (exports, partner, table and map imports), newest first. */
export async function readExchangeBatches(
  db: RegiaDatabase,
  networkId: string,
): Promise<ExchangeBatch[]> {
  const batches = await db.exchangeBatches.where('networkId').equals(networkId).toArray();
  return batches.sort((first, second) => second.at.localeCompare(first.at));
}

/**
 * The exchanges of a network, newest first, kept current by reading only the batches each change
 * names (followExchangeBatches); undefined while loading.
 */
export function useExchangeBatches(networkId: string): ExchangeBatch[] | undefined {
  const { db } = useRegia();
  const [followed, setFollowed] = useState<Followed | undefined>(undefined);
  useEffect(
    () =>
      followExchangeBatches(db, networkId, (batches) => setFollowed({ db, networkId, batches })),
    [db, networkId],
  );
  return followed?.db === db && followed.networkId === networkId ? followed.batches : undefined;
}

/** What undoing an import from the history did: records put back, and data left as changed since. */
export type HistoryUndoOutcome = { restored: number; kept: number };

/** The undo of a map import by its batch id: records put back or archived, fields kept. */
export type MapUndo = (
  db: RegiaDatabase,
  repositories: Repositories,
  batchId: string,
) => Promise<{ undone: number; kept: number }>;

// The map feature (its page draws with WebGL) is loaded only when a map import is undone here.
const loadMapUndo: MapUndo = async (db, repositories, batchId) =>
  (await import('../../map')).undoMapImport(db, repositories, batchId);

/**
 * Undoes an import listed in the history, whatever its kind: a map import through the map's own
 * undo (which marks its batch undone), any other through the exchange's, in one transaction each.
 */
export async function undoHistoryImport(
  db: RegiaDatabase,
  repositories: Repositories,
  batch: ExchangeBatch,
  undoMap: MapUndo = loadMapUndo,
): Promise<HistoryUndoOutcome> {
  if (importKindOf(batch) === 'map') {
    const outcome = await undoMap(db, repositories, batch.id);
    return { restored: outcome.undone, kept: outcome.kept };
  }
  const outcome = await undoImport(db, repositories, batch.id);
  return { restored: outcome.restored, kept: outcome.kept.length };
}

/** The history's commands, bound to the app's database. */
export function useHistoryCommands(): {
  undo: (batch: ExchangeBatch) => Promise<HistoryUndoOutcome>;
} {
  const { db, repositories } = useRegia();
  const undo = useCallback(
    (batch: ExchangeBatch) => undoHistoryImport(db, repositories, batch),
    [db, repositories],
  );
  return { undo };
}
