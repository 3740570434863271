import { entityTableNames } from '../../../shared/domain';
import type { MapImportPlan } from '../../../shared/map';
import { addDataset, type Repositories, type RepositoryContext } from '../../db';

/**
 * Writes an import plan in one transaction, every record with its audit entry under one batch
 * id: new organizations, memberships and relationships keep the ids the plan gave them.
 */
export async function applyMapImport(
  context: RepositoryContext,
  repositories: Repositories,
  plan: MapImportPlan,
  batchId: string,
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
