import type { ExchangeBatch } from '../../../../shared/domain';
import {
  actionPatch,
  contactPatch,
  indicatorValuePatch,
  organizationPatch,
  parseAppliedChanges,
  planUndo,
  type KeptField,
  type UndoStep,
} from '../../../../shared/exchange';
import type { Repositories, RegiaDatabase } from '../../../db';

/** What undoing an import did: records put back, and fields left alone because changed since. */
export type UndoOutcome = { restored: number; kept: KeptField[] };

type RestoreStep = Extract<UndoStep, { kind: 'restore' }>;
type ArchivedTable = Extract<UndoStep, { kind: 'archive' }>['table'];

/** The record ids of the steps of one kind and table, in the steps' order. */
function idsOf(steps: readonly UndoStep[], kind: UndoStep['kind'], table: string): string[] {
  return steps.flatMap((step) =>
    step.kind === kind && step.table === table ? [step.recordId] : [],
  );
}

function restoresOf(steps: readonly UndoStep[], table: RestoreStep['table']): RestoreStep[] {
  return steps.flatMap((step) => (step.kind === 'restore' && step.table === table ? [step] : []));
}

/**
 * Undoes a whole import in ONE transaction: every field it wrote goes back to its value before
 * the import (unless someone changed it again since), the records it created (organizations,
 * memberships, contacts, values, actions) are archived, its timeline entries and expenses
 * removed (nothing refers to them, so their tables are as before), and the batch is
 * marked as undone. Records are read and written in bulk, one read and one write per table;
 * every write is audited. Each record appears once in an import, so the order does not matter.
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
    db.expenditures,
    db.exchangeBatches,
    db.auditEntries,
  ];
  return db.transaction('rw', tables, async () => {
    const batch: ExchangeBatch | undefined = await db.exchangeBatches.get(batchId);
    if (!batch || batch.direction !== 'import' || batch.undoneAt !== null)
      throw new Error('Importazione già annullata o inesistente');
    const applied = parseAppliedChanges(batch.applied);
    const records = new Map<string, object>();
    const tableNames = [...new Set(applied.map((change) => change.table))];
    await Promise.all(
      tableNames.map(async (tableName) => {
        const ids = applied.flatMap((change) =>
          change.table === tableName ? [change.recordId] : [],
        );
        const rows = await db.table<object, string>(tableName).bulkGet(ids);
        ids.forEach((id, index) => {
          const row = rows[index];
          if (row) records.set(`${tableName}:${id}`, row);
        });
      }),
    );
    const { steps, kept } = planUndo(applied, (table, id) => records.get(`${table}:${id}`));
    const options = { source: 'import' as const, batchId };
    await repositories.actionUpdates.removeMany(idsOf(steps, 'remove', 'actionUpdates'), options);
    await repositories.expenditures.removeMany(idsOf(steps, 'remove', 'expenditures'), options);
    for (const contactId of idsOf(steps, 'unarchive', 'contacts'))
      await repositories.contacts.restore(contactId, options);
    const archived: readonly ArchivedTable[] = [
      'organizations',
      'memberships',
      'contacts',
      'indicatorValues',
      'actions',
      'expenditures',
    ];
    for (const table of archived)
      await repositories[table].archiveMany(idsOf(steps, 'archive', table), options);
    await repositories.actions.updateMany(
      restoresOf(steps, 'actions').map((step) => ({
        id: step.recordId,
        patch: actionPatch(step.fields),
      })),
      options,
    );
    await repositories.contacts.updateMany(
      restoresOf(steps, 'contacts').map((step) => ({
        id: step.recordId,
        patch: contactPatch(step.fields),
      })),
      options,
    );
    await repositories.indicatorValues.updateMany(
      restoresOf(steps, 'indicatorValues').map((step) => ({
        id: step.recordId,
        patch: indicatorValuePatch(step.fields),
      })),
      options,
    );
    await repositories.organizations.updateMany(
      restoresOf(steps, 'organizations').map((step) => ({
        id: step.recordId,
        patch: organizationPatch(step.fields),
      })),
      options,
    );
    await repositories.exchangeBatches.update(
      batchId,
      { undoneAt: new Date().toISOString() },
      options,
    );
    return { restored: steps.length, kept };
  });
}
