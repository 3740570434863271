import { entityTableNames, type ExchangeBatch } from '../../../shared/domain';
import { mapImportSnapshot } from '../../../shared/exchange';
import { changeCount, type MapImportPlan } from '../../../shared/map';
import { addDataset, type Repositories, type RepositoryContext } from '../../db';

/** Where a map import is listed in the exchange history: the network and the file(s) read. */
export type MapImportSource = { networkId: string; fileName: string };

/** The exchange history's record of a map import, under the import's own batch id. */
function historyBatch(
  plan: MapImportPlan,
  batchId: string,
  source: MapImportSource,
  at: string,
): ExchangeBatch {
  return {
    id: batchId,
    createdAt: at,
    updatedAt: at,
    rev: 1,
    archivedAt: null,
    networkId: source.networkId,
    direction: 'import',
    fileName: source.fileName,
    partnerOrganizationId: null,
    at,
    baseSnapshot: mapImportSnapshot(changeCount(plan)),
    applied: [],
    undoneAt: null,
    fingerprint: null,
  };
}

/**
 * Writes an import plan in one transaction, every record with its audit entry under one batch
 * id: new organizations, memberships and relationships keep the ids the plan gave them. With a
 * source, the import is also listed in the exchange history (a batch with that id and its count).
 */
export async function applyMapImport(
  context: RepositoryContext,
  repositories: Repositories,
  plan: MapImportPlan,
  batchId: string,
  source?: MapImportSource,
): Promise<void> {
  const { db } = context;
  const options = { source: 'import' as const, batchId };
  const tables = [...entityTableNames.map((name) => db.table(name)), db.auditEntries];
  await db.transaction('rw', tables, async () => {
    await addDataset(
      context,
      {
        organizations: plan.organizations.create,
        memberships: plan.memberships,
        relationships: plan.relationships.create,
        exchangeBatches: source
          ? [
              historyBatch(
                plan,
                batchId,
                source,
                (context.now ?? (() => new Date()))().toISOString(),
              ),
            ]
          : [],
      },
      options,
    );
    for (const change of plan.organizations.update) {
      if (change.restore) await repositories.organizations.restore(change.id, options);
      if (change.fields.length > 0)
        await repositories.organizations.update(change.id, change.patch, options);
    }
    for (const change of plan.relationships.update) {
      if (change.restore) await repositories.relationships.restore(change.id, options);
      if (change.fields.length > 0)
        await repositories.relationships.update(change.id, change.patch, options);
    }
  });
}

/**
 * The map import as the person confirms it: first the day's safety copy (a full backup unless
 * one of today's exists; if it cannot be written, nothing is imported), then the plan written
 * as one batch. Answers the batch id, by which the import is undone.
 */
export async function commitMapImport(
  context: RepositoryContext,
  repositories: Repositories,
  plan: MapImportPlan,
  takeSafetyCopy: () => Promise<void>,
  source?: MapImportSource,
): Promise<string> {
  await takeSafetyCopy();
  const batchId = (context.newId ?? (() => crypto.randomUUID()))();
  await applyMapImport(context, repositories, plan, batchId, source);
  return batchId;
}
