import { timelineEntryFor } from '../../../shared/actions';
import type { Action, ChangeSource } from '../../../shared/domain';
import type { DraftOf, PatchOf, RegiaDatabase, Repositories } from '../../db';

/** What every write of an action needs: the database, its repositories and who is writing. */
export type ActionWriter = {
  db: RegiaDatabase;
  repositories: Pick<Repositories, 'actions' | 'actionUpdates'>;
  /** The local user's name, recorded as the author of timeline entries. */
  author: string;
  /** The clock of free-text updates; edits take their time from the saved record. */
  now?: () => Date;
};

/** Describes, for the timeline, changes of fields it does not track itself (such as the owner). */
export type ChangeNote = (before: Action, after: Action) => string;

/** How an edit is recorded. */
export type EditOptions = { source?: ChangeSource; text?: string; note?: ChangeNote };

const noteParts = (before: Action, after: Action, options: EditOptions): string =>
  [options.note?.(before, after) ?? '', options.text?.trim() ?? ''].filter(Boolean).join('\n');

function inActionTransaction<T>(writer: ActionWriter, task: () => Promise<T>): Promise<T> {
  const { db } = writer;
  return db.transaction('rw', [db.actions, db.actionUpdates, db.auditEntries], task);
}

async function editInTransaction(
  writer: ActionWriter,
  id: string,
  patch: PatchOf<'actions'>,
  options: EditOptions,
): Promise<Action> {
  const { repositories } = writer;
  const source = options.source ?? 'ui';
  const before = await repositories.actions.get(id);
  const after = await repositories.actions.update(id, patch, { source });
  const entry = timelineEntryFor(id, before ?? null, after, {
    author: writer.author,
    at: after.updatedAt,
    source,
    text: before ? noteParts(before, after, options) : options.text,
  });
  if (entry) await repositories.actionUpdates.create(entry, { source });
  return after;
}

/** Creates an action and the first entry of its timeline, in one transaction. */
export function createAction(
  writer: ActionWriter,
  draft: DraftOf<'actions'>,
  source: ChangeSource = 'ui',
): Promise<Action> {
  return inActionTransaction(writer, async () => {
    const action = await writer.repositories.actions.create(draft, { source });
    const entry = timelineEntryFor(action.id, null, action, {
      author: writer.author,
      at: action.createdAt,
      source,
    });
    if (entry) await writer.repositories.actionUpdates.create(entry, { source });
    return action;
  });
}

/**
 * Changes an action and records on its timeline, in the same transaction, every change of
 * status, progress and due date with the author's text: either both are stored or neither.
 */
export function editAction(
  writer: ActionWriter,
  id: string,
  patch: PatchOf<'actions'>,
  options: EditOptions = {},
): Promise<Action> {
  return inActionTransaction(writer, () => editInTransaction(writer, id, patch, options));
}

/** Applies the same change to several actions in one transaction, with a timeline entry for each. */
export function editActions(
  writer: ActionWriter,
  ids: readonly string[],
  patch: PatchOf<'actions'>,
  options: EditOptions = {},
): Promise<Action[]> {
  return inActionTransaction(writer, async () => {
    const results: Action[] = [];
    for (const id of ids) results.push(await editInTransaction(writer, id, patch, options));
    return results;
  });
}

/** Archives an action (or, with `archived` false, restores it); its timeline stays. */
export function setActionArchived(
  writer: ActionWriter,
  actionId: string,
  archived: boolean,
): Promise<Action> {
  const { actions } = writer.repositories;
  return archived ? actions.archive(actionId) : actions.restore(actionId);
}

/** Adds a free-text update to an action's timeline. */
export function addTimelineNote(
  writer: ActionWriter,
  actionId: string,
  text: string,
  source: ChangeSource = 'ui',
): Promise<void> {
  return inActionTransaction(writer, async () => {
    const action = await writer.repositories.actions.get(actionId);
    if (!action) throw new Error(`Azione ${actionId} non trovata`);
    const entry = timelineEntryFor(actionId, action, action, {
      author: writer.author,
      at: (writer.now ?? (() => new Date()))().toISOString(),
      source,
      text,
    });
    if (entry) await writer.repositories.actionUpdates.create(entry, { source });
  });
}
