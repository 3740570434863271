import {
  mergeTableNames,
  planOrganizationMerge,
  type MergeArchive,
  type MergePlan,
  type MergePatch,
  type MergeTableName,
} from '../../../../shared/roster';
import type { Repositories, Repository, RegiaDatabase, WriteOptions } from '../../../db';
import { loadMergeSources } from './loadMergeSources';

/** What merging needs: the database and its repositories (every write goes through them). */
export type MergeContext = {
  db: RegiaDatabase;
  repositories: Repositories;
  /** A new id for the merge: every audit entry it writes carries it as batch id. */
  newId?: () => string;
};

function applyUpdate<T extends MergeTableName>(
  repositories: Repositories,
  update: { table: T; id: string; patch: MergePatch<T> },
  options: WriteOptions,
): Promise<unknown> {
  const repository: Repository<T> = repositories[update.table];
  return repository.update(update.id, update.patch, options);
}

function applyArchive(
  repositories: Repositories,
  archive: MergeArchive,
  options: WriteOptions,
): Promise<unknown> {
  return repositories[archive.table].archive(archive.id, options);
}

/**
 * Merges one organization into another in one transaction: reads what refers to the merged
 * organization, plans the changes (shared/roster), and writes them through the repositories,
 * so that each changed record gets its audit entry; all of them share one batch id. Either
 * everything is merged or nothing is.
 */
export async function mergeOrganizations(
  context: MergeContext,
  survivorId: string,
  mergedId: string,
): Promise<MergePlan> {
  const { db, repositories } = context;
  const batchId = (context.newId ?? (() => crypto.randomUUID()))();
  // Moving references from one organization to the other changes no minutes' content.
  const options: WriteOptions = { source: 'ui', batchId, referencesOnly: true };
  const tables = [...mergeTableNames.map((name) => db.table(name)), db.auditEntries];
  return db.transaction('rw', tables, async () => {
    const plan = planOrganizationMerge(await loadMergeSources(db, survivorId, mergedId));
    for (const update of plan.updates) await applyUpdate(repositories, update, options);
    for (const archive of plan.archives) await applyArchive(repositories, archive, options);
    return plan;
  });
}
