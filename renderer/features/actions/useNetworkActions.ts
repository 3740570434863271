import { useEffect, useState } from 'react';
import type { Action } from '../../../shared/domain';
import type { RegiaDatabase } from '../../db';
import { useRegia } from '../../app/RegiaContext';
import { currentNetworkActions, shareNetworkActions } from './sharedNetworkActions';

type Copy = { db: RegiaDatabase; networkId: string; actions: readonly Action[] };

/**
 * Every action of a network (archived ones too), read once and kept current in memory; undefined
 * until the first read. The copy outlives the page for a while, so opening it again is immediate.
 * Filters, sorts and groups run on it.
 */
export function useNetworkActions(networkId: string): readonly Action[] | undefined {
  const { db } = useRegia();
  const [copy, setCopy] = useState<Copy | undefined>(() => {
    const actions = currentNetworkActions(db, networkId);
    return actions && { db, networkId, actions };
  });
  useEffect(
    () =>
      shareNetworkActions(db, networkId, (actions) =>
        setCopy((current) =>
          current?.actions === actions && current.db === db && current.networkId === networkId
            ? current
            : { db, networkId, actions },
        ),
      ),
    [db, networkId],
  );
  return copy?.db === db && copy.networkId === networkId
    ? copy.actions
    : currentNetworkActions(db, networkId);
}
