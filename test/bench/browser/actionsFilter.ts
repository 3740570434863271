import { createRegiaDatabase, openRegiaDatabase } from '../../../renderer/db';
import type { queryActions as QueryActions } from '../../../renderer/features/actions/queryActions';
import type { ActionsQuery, Timing } from '../benchApi';

/**
 * The actions feature's indexed query, loaded through a glob import so the bench page still
 * builds if the file moves; the type import keeps the call below checked against its signature.
 */
const queryModules = import.meta.glob<{ queryActions: typeof QueryActions }>(
  '../../../renderer/features/actions/queryActions.ts',
);

/** Runs the feature's query (status or owner filter) in the app's database, or says why it cannot. */
export async function actionsFilter(query: ActionsQuery): Promise<Timing | { pending: string }> {
  const [load] = Object.values(queryModules);
  if (!load) {
    return { pending: 'actions filter (renderer/features/actions/queryActions.ts) not built yet' };
  }
  const { queryActions } = await load();
  const db = createRegiaDatabase();
  await openRegiaDatabase(db);
  try {
    const start = performance.now();
    const rows = await queryActions(
      db,
      query.networkId,
      {
        statuses: query.status === null ? [] : [query.status],
        ownerOrganizationId: query.ownerOrganizationId,
      },
      query.today,
    );
    return { ms: performance.now() - start, count: rows.length };
  } finally {
    db.close();
  }
}
