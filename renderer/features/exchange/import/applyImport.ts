import type { ExchangeBatch } from '../../../../shared/domain';
import {
  actionPatch,
  contactPatch,
  planChangeCount,
  timelineChangeOf,
  type AppliedChange,
  type FieldChange,
  type ImportPlan,
  type ImportReview,
} from '../../../../shared/exchange';
import { RecordNotFoundError, type Repositories, type RegiaDatabase } from '../../../db';
import {
  checkUnchanged,
  StaleImportError,
  targetValues,
  valuesAfter,
  valuesBefore,
} from './fieldChanges';
import { indicatorValueWrites } from './indicatorValueWrites';
import { newActionWrites } from './newActionWrites';
import { writeInObservableSlices } from './observableSlices';
import { writeOrganizationAndExpenses } from './partnerRecordWrites';

export { StaleImportError } from './fieldChanges';

/** Where an import comes from, for its batch record. */
export type ImportSource = {
  networkId: string;
  fileName: string;
  /** The returned file's fingerprint: the same file is never applied twice. */
  fingerprint?: string | null;
  review: ImportReview;
  stale: boolean;
};

const updated = (
  table: 'actions' | 'contacts' | 'indicatorValues',
  recordId: string,
  changes: readonly FieldChange[],
): AppliedChange => ({
  operation: 'update',
  table,
  recordId,
  before: valuesBefore(changes),
  after: valuesAfter(changes),
});

// A record the review saw and that is gone now is a change since the review too.
async function staleWhenMissing<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw error instanceof RecordNotFoundError ? new StaleImportError() : error;
  }
}

/**
 * Applies an import plan in ONE transaction: every change goes through the repositories' bulk
 * writes with source "import" and the batch id (so each has its audit entry), each updated
 * action gets a timeline entry naming the partner's sheet, and the batch records what was
 * written so that the import can be undone. Each record is read once, in the transaction, and
 * checked against the review before anything is written: if Regia changed since, nothing is.
 */
export async function applyImportPlan(
  db: RegiaDatabase,
  repositories: Repositories,
  plan: ImportPlan,
  source: ImportSource,
): Promise<ExchangeBatch> {
  const tables = [
    db.actions,
    db.actionUpdates,
    db.contacts,
    db.indicators,
    db.indicatorValues,
    db.projects,
    db.organizations,
    db.expenditures,
    db.exchangeBatches,
    db.auditEntries,
  ];
  return db.transaction('rw', tables, async () => {
    const at = new Date().toISOString();
    // Actions with only a note get a timeline entry: they must still exist.
    const noteOnly = plan.actions.filter((change) => change.changes.length === 0);
    const [unchangedActions, valueWrites, actionWrites] = await Promise.all([
      db.actions.bulkGet(noteOnly.map((change) => change.actionId)),
      indicatorValueWrites(db, plan),
      newActionWrites(db, source.networkId, plan),
    ]);
    noteOnly.forEach((change, index) => checkUnchanged(unchangedActions[index], []));

    const batch = await repositories.exchangeBatches.create(
      {
        networkId: source.networkId,
        direction: 'import',
        fileName: source.fileName,
        partnerOrganizationId: plan.partnerId,
        at,
        fingerprint: source.fingerprint ?? null,
        baseSnapshot: {
          exportBatchId: plan.exportBatchId,
          counts: source.review.counts,
          changeCount: planChangeCount(plan),
          stale: source.stale,
        },
      },
      { source: 'import' },
    );
    const options = { source: 'import' as const, batchId: batch.id };
    // In slices Dexie reports row by row: a page showing the network's actions or contacts
    // then reads only the rows this import changed, not the whole table again.
    await staleWhenMissing(
      writeInObservableSlices(
        plan.actions.flatMap((change) =>
          change.changes.length > 0
            ? [
                {
                  id: change.actionId,
                  patch: actionPatch(targetValues(change.changes)),
                  check: (current: object) => checkUnchanged(current, change.changes),
                },
              ]
            : [],
        ),
        (slice) => repositories.actions.updateMany(slice, options),
      ),
    );
    await staleWhenMissing(
      writeInObservableSlices(
        plan.contacts.map((change) => ({
          id: change.contactId,
          patch: contactPatch(targetValues(change.changes)),
          check: (current: object) => checkUnchanged(current, change.changes),
        })),
        (slice) => repositories.contacts.updateMany(slice, options),
      ),
    );
    // Contacts the partner retired are archived, never deleted; each must still be there and active.
    const retired = await db.contacts.bulkGet(plan.retiredContacts);
    if (retired.some((contact) => !contact || contact.archivedAt !== null))
      throw new StaleImportError();
    await repositories.contacts.archiveMany(plan.retiredContacts, options);
    const entries = await writeInObservableSlices(
      plan.actions.map((change) => ({
        actionId: change.actionId,
        at,
        author: plan.partnerName,
        source: 'import' as const,
        ...timelineChangeOf(change),
      })),
      (slice) => repositories.actionUpdates.createMany(slice, options),
    );
    const newActions = await repositories.actions.createMany(
      actionWrites.map((write) => write.draft),
      options,
    );
    // The first entry of a proposed action's timeline names the partner who proposed it.
    const proposalEntries = await repositories.actionUpdates.createMany(
      newActions.map((action, index) => ({
        actionId: action.id,
        at,
        author: plan.partnerName,
        source: 'import' as const,
        text: actionWrites[index]?.entryText ?? '',
        statusTo: action.status,
        progressTo: action.progress,
        dueDateTo: action.dueDate,
      })),
      options,
    );
    const newContacts = await repositories.contacts.createMany(
      plan.newContacts.map((proposal) => ({
        organizationId: plan.partnerId,
        ...proposal.values,
        notes: '',
      })),
      options,
    );
    await repositories.indicatorValues.updateMany(
      valueWrites.flatMap((write) =>
        write.kind === 'update' ? [{ id: write.id, patch: write.patch }] : [],
      ),
      options,
    );
    const createdValues = await repositories.indicatorValues.createMany(
      valueWrites.flatMap((write) => (write.kind === 'create' ? [write.draft] : [])),
      options,
    );

    // What was written, in the order the undo reads it backwards: each action, then its entry.
    const applied: AppliedChange[] = [];
    plan.actions.forEach((change, index) => {
      if (change.changes.length > 0)
        applied.push(updated('actions', change.actionId, change.changes));
      const entry = entries[index];
      if (entry) applied.push({ operation: 'create', table: 'actionUpdates', recordId: entry.id });
    });
    for (const change of plan.contacts)
      applied.push(updated('contacts', change.contactId, change.changes));
    newActions.forEach((action, index) => {
      applied.push({ operation: 'create', table: 'actions', recordId: action.id });
      const entry = proposalEntries[index];
      if (entry) applied.push({ operation: 'create', table: 'actionUpdates', recordId: entry.id });
    });
    for (const contactId of plan.retiredContacts)
      applied.push({ operation: 'archive', table: 'contacts', recordId: contactId });
    for (const contact of newContacts)
      applied.push({ operation: 'create', table: 'contacts', recordId: contact.id });
    applied.push(...(await writeOrganizationAndExpenses(db, repositories, plan, options)));
    const created = createdValues.values();
    for (const write of valueWrites) {
      const value = write.kind === 'create' ? created.next().value : undefined;
      if (write.kind === 'update')
        applied.push(updated('indicatorValues', write.id, write.change.changes));
      else if (value)
        applied.push({ operation: 'create', table: 'indicatorValues', recordId: value.id });
    }
    return repositories.exchangeBatches.update(batch.id, { applied }, options);
  });
}
