import { progressForStatus } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import type { PatchOf } from '../../db';
import { editAction, type ActionWriter, type EditOptions } from './actionWrites';

/** A change applied to several actions, with what restores them as they were. */
export type BulkChange = { changed: Action[]; undo: () => Promise<void> };

/** Thrown when a bulk status change would reopen completed actions with no new progress said. */
export class ReopenNeedsProgressError extends Error {
  constructor(readonly count: number) {
    super(`${count} azioni completate riaperte senza nuovo avanzamento`);
  }
}

/** The fields a patch changes, as they were in `before`: applied, it undoes the patch. */
export function revertPatchOf(before: Action, patch: PatchOf<'actions'>): PatchOf<'actions'> {
  const revert: Record<string, unknown> = {};
  const fields: Record<string, unknown> = before;
  for (const key of Object.keys(patch)) revert[key] = fields[key];
  return revert;
}

/**
 * The patch one action of a bulk edit receives: a completed status brings 100%, and a status
 * that reopens a completed action takes the progress the person gave for the reopened ones
 * (null: none was given, and the edit is refused).
 */
export function bulkPatchFor(
  action: Action,
  patch: PatchOf<'actions'>,
  reopenedProgress: number | null,
): PatchOf<'actions'> | null {
  if (!patch.status) return patch;
  const progress = progressForStatus(action.status, patch.status, action.progress);
  if (progress === null) {
    return reopenedProgress === null ? null : { ...patch, progress: reopenedProgress };
  }
  return progress === action.progress ? patch : { ...patch, progress };
}

/**
 * Applies one change to several actions in one transaction, each with its timeline entry, and
 * returns how to undo it (another transaction putting back the fields it changed).
 */
export async function editActionsUndoable(
  writer: ActionWriter,
  ids: readonly string[],
  patch: PatchOf<'actions'>,
  options: EditOptions & { reopenedProgress?: number | null } = {},
): Promise<BulkChange> {
  const { db } = writer;
  const tables = [db.actions, db.actionUpdates, db.auditEntries];
  const befores: Action[] = [];
  const changed = await db.transaction('rw', tables, async () => {
    const current = (await db.actions.bulkGet([...ids])).flatMap((action) =>
      action ? [action] : [],
    );
    const patches = current.map((action) => ({
      action,
      patch: bulkPatchFor(action, patch, options.reopenedProgress ?? null),
    }));
    const refused = patches.filter((entry) => entry.patch === null).length;
    if (refused > 0) throw new ReopenNeedsProgressError(refused);
    const results: Action[] = [];
    for (const { action, patch: own } of patches) {
      befores.push(action);
      results.push(await editAction(writer, action.id, own ?? {}, options));
    }
    return results;
  });
  return {
    changed,
    undo: () =>
      db.transaction('rw', tables, async () => {
        for (const before of befores) {
          const own = bulkPatchFor(before, patch, options.reopenedProgress ?? null) ?? patch;
          await editAction(writer, before.id, revertPatchOf(before, own), options);
        }
      }),
  };
}

/** Archives several actions in one transaction, and returns how to restore them. */
export async function archiveActionsUndoable(
  writer: ActionWriter,
  ids: readonly string[],
): Promise<BulkChange> {
  const { db, repositories } = writer;
  const tables = [db.actions, db.actionUpdates, db.auditEntries];
  const changed = await db.transaction('rw', tables, async () => {
    const current = await db.actions.bulkGet([...ids]);
    const open = current.flatMap((action) =>
      action && action.archivedAt === null ? [action.id] : [],
    );
    return repositories.actions.archiveMany(open);
  });
  return {
    changed,
    undo: () =>
      db.transaction('rw', tables, async () => {
        for (const action of changed) await repositories.actions.restore(action.id);
      }),
  };
}
