import {
  mapImportTables,
  planMapImportUndo,
  type MapImportTable,
  type MapUndoStep,
} from '../../../shared/map';
import type { Repositories, RegiaDatabase } from '../../db';

/** What undoing a map import did: records put back or archived, fields left as changed since. */
export type MapUndoOutcome = { undone: number; kept: number };

const stepsOf = <K extends MapUndoStep['kind']>(
  steps: readonly MapUndoStep[],
  kind: K,
  table: MapImportTable,
): Extract<MapUndoStep, { kind: K }>[] =>
  steps.filter(
    (step): step is Extract<MapUndoStep, { kind: K }> => step.kind === kind && step.table === table,
  );

/**
 * Undoes one map import in ONE transaction, from the audit entries written under its batch id:
 * the organizations, memberships and relationships it created or brought back are archived and
 * the fields it changed go back, so the map shows again the nodes and edges it showed before.
 * Every write is audited (as a change made by the person undoing, outside the import's batch,
 * so the batch keeps only the import's own writes and a second undo finds nothing to do). Its
 * entry in the exchange history, if any, is marked undone in the same transaction.
 */
export async function undoMapImport(
  db: RegiaDatabase,
  repositories: Repositories,
  batchId: string,
): Promise<MapUndoOutcome> {
  const tables = [
    db.organizations,
    db.memberships,
    db.relationships,
    db.exchangeBatches,
    db.auditEntries,
  ];
  return db.transaction('rw', tables, async () => {
    const writes = await db.auditEntries.where('batchId').equals(batchId).sortBy('at');
    const records = new Map<string, object>();
    for (const table of mapImportTables) {
      const ids = [
        ...new Set(writes.flatMap((write) => (write.table === table ? [write.recordId] : []))),
      ];
      const rows: (object | undefined)[] = await db.table<object, string>(table).bulkGet(ids);
      ids.forEach((id, index) => {
        const row = rows[index];
        if (row) records.set(`${table}:${id}`, row);
      });
    }
    const { steps, kept } = planMapImportUndo(writes, (table, id) => records.get(`${table}:${id}`));
    const options = { source: 'ui' as const };
    for (const table of mapImportTables) {
      const repository = repositories[table];
      await repository.updateMany(
        stepsOf(steps, 'restoreFields', table).map((step) => ({
          id: step.recordId,
          patch: step.patch,
        })),
        options,
      );
      await repository.archiveMany(
        stepsOf(steps, 'archive', table).map((step) => step.recordId),
        options,
      );
    }
    const listed = await db.exchangeBatches.get(batchId);
    if (listed && listed.undoneAt === null)
      await repositories.exchangeBatches.update(
        batchId,
        { undoneAt: new Date().toISOString() },
        options,
      );
    return { undone: steps.length, kept: kept.length };
  });
}
