import { useRegia } from '../../app/RegiaContext';
import { queryMemory, useRememberedQuery } from '../../data';
import { readOverviewActions, type OverviewActions } from './overviewActions';
import { prefetchActionsWhenIdle } from './prefetchActionsWhenIdle';
import {
  figuresKey,
  figuresMemory,
  figureTables,
  markFirstRead,
  readFigures,
  type OverviewData,
} from './overviewReads';

export type { OverviewData, RecentChange } from './overviewReads';

// The organizations too: the action cards name the owners.
const actionTables = ['actions', 'actionUpdates', 'organizations'] as const;
const actionsMemory = queryMemory<OverviewActions>();

/**
 * The overview figures of a network, read again only when one of the tables behind them has
 * changed since they were last read (opening the page again shows them at once); undefined
 * while loading.
 */
export function useOverviewData(networkId: string, today: string): OverviewData | undefined {
  const { db } = useRegia();
  return useRememberedQuery(figuresMemory, db, figureTables, figuresKey(db, networkId, today), () =>
    readFigures(db, networkId, today),
  );
}

/**
 * The action figures of the overview, read apart from the rest: in a large network they take
 * longest, and the page shows everything else meanwhile. Unless remembered, they are read once
 * `ready` says the rest is shown: read alongside, their tens of thousands of rows hold up the
 * small reads of the first figures in the database's queue.
 */
export function useOverviewActions(
  networkId: string,
  today: string,
  ready: boolean,
): OverviewActions | undefined {
  const { db } = useRegia();
  return useRememberedQuery(
    actionsMemory,
    db,
    actionTables,
    [db.name, networkId, today].join('|'),
    ready
      ? async () => {
          const actions = await readOverviewActions(db, networkId, today);
          markFirstRead('regia:overview-actions-read');
          prefetchActionsWhenIdle(db, networkId);
          return actions;
        }
      : null,
  );
}
