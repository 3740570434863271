import { useEffect, useState } from 'react';
import type { Action } from '../../../shared/domain';
import type { RegiaDatabase } from '../../db';
import { useRegia } from '../../app/RegiaContext';
import { followNetworkActions } from './networkActions';

type Copy = { db: RegiaDatabase; networkId: string; actions: readonly Action[] };

/**
 * Every action of a network (archived ones too), read once and kept current in memory while the
 * component is mounted; undefined until the first read. Filters, sorts and groups run on it.
 */
export function useNetworkActions(networkId: string): readonly Action[] | undefined {
  const { db } = useRegia();
  const [copy, setCopy] = useState<Copy>();
  useEffect(
    () => followNetworkActions(db, networkId, (actions) => setCopy({ db, networkId, actions })),
    [db, networkId],
  );
  return copy?.db === db && copy.networkId === networkId ? copy.actions : undefined;
}
