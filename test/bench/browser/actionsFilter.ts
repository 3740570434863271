import { actionFilterOf, filterActions, sortActions } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import { createRegiaDatabase, openRegiaDatabase } from '../../../renderer/db';
import { followNetworkActions } from '../../../renderer/features/actions/networkActions';
import type { ActionsQuery, Timing } from '../benchApi';

let kept: { networkId: string; sorted: Action[] } | null = null;

/** The network's actions as the Azioni page keeps them: read once, sorted by due date. */
async function networkActions(networkId: string): Promise<Action[]> {
  if (kept?.networkId === networkId) return kept.sorted;
  const db = createRegiaDatabase();
  await openRegiaDatabase(db);
  try {
    const actions = await new Promise<readonly Action[]>((resolve) => {
      const stop = followNetworkActions(db, networkId, (read) => {
        stop();
        resolve(read);
      });
    });
    kept = { networkId, sorted: sortActions(actions, { key: 'dueDate', direction: 'asc' }) };
    return kept.sorted;
  } finally {
    db.close();
  }
}

/**
 * The Azioni page's filter step alone: one pass of the status or owner filter over the network's
 * actions held in memory (read once, before the first timing), without drawing anything.
 */
export async function actionsFilter(query: ActionsQuery): Promise<Timing> {
  const sorted = await networkActions(query.networkId);
  const filter = actionFilterOf({
    statuses: query.status === null ? [] : [query.status],
    ownerOrganizationId: query.ownerOrganizationId,
  });
  const start = performance.now();
  const rows = filterActions(sorted, filter, query.today);
  return { ms: performance.now() - start, count: rows.length };
}
