import type { ExchangeBatch } from '../../../../shared/domain';
import {
  actionPatch,
  contactPatch,
  fieldValueOf,
  indicatorValuePatch,
  sameValue,
  timelineChangeOf,
  type AppliedChange,
  type BaseValue,
  type FieldChange,
  type ImportPlan,
  type ImportReview,
} from '../../../../shared/exchange';
import type { Repositories, RegiaDatabase } from '../../../db';

/** Raised when Regia's records changed between the review and the confirmation. */
export class StaleImportError extends Error {
  constructor() {
    super('I dati sono cambiati dopo la revisione');
    this.name = 'StaleImportError';
  }
}

/** Where an import comes from, for its batch record. */
export type ImportSource = {
  networkId: string;
  fileName: string;
  review: ImportReview;
  stale: boolean;
};

function checkUnchanged(record: object | undefined, changes: readonly FieldChange[]): void {
  if (
    !record ||
    changes.some((change) => !sameValue(fieldValueOf(record, change.field), change.from))
  ) {
    throw new StaleImportError();
  }
}

const target = (changes: readonly FieldChange[]): Map<string, BaseValue> =>
  new Map(changes.map((change) => [change.field, change.to]));
const previous = (changes: readonly FieldChange[]): Record<string, BaseValue> =>
  Object.fromEntries(changes.map((change) => [change.field, change.from]));
const next = (changes: readonly FieldChange[]): Record<string, BaseValue> =>
  Object.fromEntries(changes.map((change) => [change.field, change.to]));

/**
 * Applies an import plan in ONE transaction: every change goes through the repositories with
 * source "import" and the batch id (so each has its audit entry), each updated action gets a
 * timeline entry naming the partner's sheet, and the batch records what was written so that
 * the import can be undone. If Regia changed since the review, nothing at all is written.
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
    db.exchangeBatches,
    db.auditEntries,
  ];
  return db.transaction('rw', tables, async () => {
    const at = new Date().toISOString();
    const batch = await repositories.exchangeBatches.create(
      {
        networkId: source.networkId,
        direction: 'import',
        fileName: source.fileName,
        partnerOrganizationId: plan.partnerId,
        at,
        baseSnapshot: {
          exportBatchId: plan.exportBatchId,
          counts: source.review.counts,
          stale: source.stale,
        },
      },
      { source: 'import' },
    );
    const options = { source: 'import' as const, batchId: batch.id };
    const applied: AppliedChange[] = [];
    for (const change of plan.actions) {
      checkUnchanged(await db.actions.get(change.actionId), change.changes);
      if (change.changes.length > 0) {
        await repositories.actions.update(
          change.actionId,
          actionPatch(target(change.changes)),
          options,
        );
        applied.push({
          operation: 'update',
          table: 'actions',
          recordId: change.actionId,
          before: previous(change.changes),
          after: next(change.changes),
        });
      }
      const entry = await repositories.actionUpdates.create(
        {
          actionId: change.actionId,
          at,
          author: plan.partnerName,
          source: 'import',
          ...timelineChangeOf(change),
        },
        options,
      );
      applied.push({ operation: 'create', table: 'actionUpdates', recordId: entry.id });
    }
    for (const change of plan.contacts) {
      checkUnchanged(await db.contacts.get(change.contactId), change.changes);
      await repositories.contacts.update(
        change.contactId,
        contactPatch(target(change.changes)),
        options,
      );
      applied.push({
        operation: 'update',
        table: 'contacts',
        recordId: change.contactId,
        before: previous(change.changes),
        after: next(change.changes),
      });
    }
    for (const proposal of plan.newContacts) {
      const contact = await repositories.contacts.create(
        { organizationId: plan.partnerId, ...proposal.values, notes: '' },
        options,
      );
      applied.push({ operation: 'create', table: 'contacts', recordId: contact.id });
    }
    for (const change of plan.indicatorValues) {
      const indicator = await db.indicators.get(change.indicatorId);
      if (!indicator) throw new StaleImportError();
      const existing = (
        await db.indicatorValues.where('indicatorId').equals(change.indicatorId).toArray()
      ).find(
        (value) =>
          value.organizationId === plan.partnerId &&
          value.period === change.period &&
          value.archivedAt === null,
      );
      const patch = indicatorValuePatch(target(change.changes));
      if (existing) {
        checkUnchanged(existing, change.changes);
        await repositories.indicatorValues.update(existing.id, patch, options);
        applied.push({
          operation: 'update',
          table: 'indicatorValues',
          recordId: existing.id,
          before: previous(change.changes),
          after: next(change.changes),
        });
      } else {
        if (
          change.changes.some(
            (fieldChange) => fieldChange.field === 'value' && fieldChange.from !== null,
          ) ||
          patch.value === undefined
        ) {
          throw new StaleImportError();
        }
        const created = await repositories.indicatorValues.create(
          {
            indicatorId: indicator.id,
            projectId: indicator.projectId,
            organizationId: plan.partnerId,
            period: change.period,
            value: patch.value,
            note: patch.note ?? '',
          },
          options,
        );
        applied.push({ operation: 'create', table: 'indicatorValues', recordId: created.id });
      }
    }
    return repositories.exchangeBatches.update(batch.id, { applied }, options);
  });
}
