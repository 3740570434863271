import { actionsAsOf, openActionStatuses, type HistoryContext } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import type { RegiaDatabase } from '../../db';

/**
 * The actions of a network as they stood at a moment (an ISO timestamp), archived ones included:
 * those open now (through `[networkId+status]`) and those whose timeline changed since (through
 * the `at` index of the timeline), each rewound through the entries recorded after the moment.
 * Reads only what is open or changed since, never every action; safe inside a live query.
 */
export async function readActionsAsOf(
  db: RegiaDatabase,
  networkId: string,
  moment: string,
  context: HistoryContext = {},
): Promise<Action[]> {
  const [open, changes] = await Promise.all([
    db.actions
      .where('[networkId+status]')
      .anyOf(openActionStatuses.map((status) => [networkId, status]))
      .toArray(),
    db.actionUpdates.where('at').above(moment).toArray(),
  ]);
  const known = new Set(open.map((action) => action.id));
  const changedIds = [...new Set(changes.map((change) => change.actionId))].filter(
    (id) => !known.has(id),
  );
  const changed = (await db.actions.bulkGet(changedIds)).filter(
    (action): action is Action => action !== undefined && action.networkId === networkId,
  );
  return actionsAsOf([...open, ...changed], changes, moment, context);
}
