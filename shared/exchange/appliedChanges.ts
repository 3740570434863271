import { z } from 'zod';
import { sameValue } from './fieldValues';
import type { BaseValue } from './partnerBase';
import { fieldValueOf } from './recordPatches';

const fieldValues = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

export const appliedChangeSchema = z.discriminatedUnion('operation', [
  z.object({
    operation: z.literal('update'),
    table: z.enum(['actions', 'contacts', 'indicatorValues', 'organizations']),
    recordId: z.uuid(),
    before: fieldValues,
    after: fieldValues,
  }),
  z.object({
    operation: z.literal('archive'),
    table: z.literal('contacts'),
    recordId: z.uuid(),
  }),
  z.object({
    operation: z.literal('create'),
    table: z.enum([
      'organizations',
      'memberships',
      'contacts',
      'indicatorValues',
      'actionUpdates',
      'actions',
      'expenditures',
    ]),
    recordId: z.uuid(),
  }),
]);
/** One write of an import, kept with its batch so that the import can be undone. */
export type AppliedChange = z.infer<typeof appliedChangeSchema>;

/** The import's own record of what it wrote; damaged entries are left out. */
export function parseAppliedChanges(applied: readonly unknown[]): AppliedChange[] {
  return applied.flatMap((entry) => {
    const parsed = appliedChangeSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * What undoing one write does: put fields back, archive a created record, or remove a created
 * timeline entry or expense (nothing refers to those, so the table is as before the import).
 */
export type UndoStep =
  | {
      kind: 'restore';
      table: 'actions' | 'contacts' | 'indicatorValues' | 'organizations';
      recordId: string;
      fields: Map<string, BaseValue>;
    }
  | {
      kind: 'archive';
      table:
        | 'organizations'
        | 'memberships'
        | 'contacts'
        | 'indicatorValues'
        | 'actions'
        | 'expenditures';
      recordId: string;
    }
  | { kind: 'remove'; table: 'actionUpdates' | 'expenditures'; recordId: string }
  | { kind: 'unarchive'; table: 'contacts'; recordId: string };

function revisionOf(record: object): unknown {
  return 'rev' in record ? record.rev : null;
}

/** A field the undo leaves alone because it was changed again after the import. */
export type KeptField = { table: string; recordId: string; field: string };

/**
 * How to undo an import, newest write first. A field goes back to its value before the import
 * only if it still holds what the import wrote: a later change by someone is never overwritten.
 */
export function planUndo(
  applied: readonly AppliedChange[],
  currentRecord: (table: string, id: string) => object | undefined,
): { steps: UndoStep[]; kept: KeptField[] } {
  const steps: UndoStep[] = [];
  const kept: KeptField[] = [];
  for (const change of [...applied].reverse()) {
    const record = currentRecord(change.table, change.recordId);
    if (!record) continue;
    if (change.operation === 'archive') {
      // Brought back only if still archived: someone may have restored it since.
      if ('archivedAt' in record && record.archivedAt !== null)
        steps.push({ kind: 'unarchive', table: change.table, recordId: change.recordId });
      continue;
    }
    if (change.operation === 'create') {
      if (change.table === 'actionUpdates')
        steps.push({ kind: 'remove', table: change.table, recordId: change.recordId });
      // An expense corrected in the register since is archived: the correction stays in its history.
      else if (change.table === 'expenditures' && revisionOf(record) === 1)
        steps.push({ kind: 'remove', table: change.table, recordId: change.recordId });
      else steps.push({ kind: 'archive', table: change.table, recordId: change.recordId });
      continue;
    }
    const fields = new Map<string, BaseValue>();
    for (const [field, after] of Object.entries(change.after)) {
      if (sameValue(fieldValueOf(record, field), after))
        fields.set(field, change.before[field] ?? null);
      else kept.push({ table: change.table, recordId: change.recordId, field });
    }
    if (fields.size > 0)
      steps.push({ kind: 'restore', table: change.table, recordId: change.recordId, fields });
  }
  return { steps, kept };
}
