import type { ExchangeBatch } from '../../../../shared/domain';
import {
  actionPatch,
  contactPatch,
  indicatorValuePatch,
  parseAppliedChanges,
  planUndo,
  type KeptField,
} from '../../../../shared/exchange';
import type { Repositories, RegiaDatabase } from '../../../db';

/** What undoing an import did: records put back, and fields left alone because changed since. */
export type UndoOutcome = { restored: number; kept: KeptField[] };

/**
 * Undoes a whole import in ONE transaction: every field it wrote goes back to its value before
 * the import (unless someone changed it again since), the records it created (organizations, memberships, contacts, values) are archived,
 * its timeline entries removed, and the batch is marked as undone. Every write is audited.
 */
export async function undoImport(
  db: RegiaDatabase,
  repositories: Repositories,
  batchId: string,
): Promise<UndoOutcome> {
  const tables = [
    db.actions,
    db.actionUpdates,
    db.organizations,
    db.memberships,
    db.contacts,
    db.indicatorValues,
    db.exchangeBatches,
    db.auditEntries,
  ];
  return db.transaction('rw', tables, async () => {
    const batch: ExchangeBatch | undefined = await db.exchangeBatches.get(batchId);
    if (!batch || batch.direction !== 'import' || batch.undoneAt !== null)
      throw new Error('Importazione già annullata o inesistente');
    const applied = parseAppliedChanges(batch.applied);
    const records = new Map<string, object>();
    for (const change of applied) {
      const record = await db.table<object, string>(change.table).get(change.recordId);
      if (record) records.set(`${change.table}:${change.recordId}`, record);
    }
    const { steps, kept } = planUndo(applied, (table, id) => records.get(`${table}:${id}`));
    const options = { source: 'import' as const, batchId };
    for (const step of steps) {
      if (step.kind === 'remove') await repositories.actionUpdates.remove(step.recordId, options);
      else if (step.kind === 'archive')
        await repositories[step.table].archive(step.recordId, options);
      else if (step.table === 'actions')
        await repositories.actions.update(step.recordId, actionPatch(step.fields), options);
      else if (step.table === 'contacts')
        await repositories.contacts.update(step.recordId, contactPatch(step.fields), options);
      else
        await repositories.indicatorValues.update(
          step.recordId,
          indicatorValuePatch(step.fields),
          options,
        );
    }
    await repositories.exchangeBatches.update(
      batchId,
      { undoneAt: new Date().toISOString() },
      options,
    );
    return { restored: steps.length, kept };
  });
}
