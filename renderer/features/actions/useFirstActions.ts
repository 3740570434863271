import { useEffect, useState } from 'react';
import { useRegia } from '../../app/RegiaContext';
import { readFirstActions, type FirstActions } from './firstActions';

/**
 * The Azioni page's first screen (see `readFirstActions`), read once `wanted`: when the page opens
 * before the network's actions are in memory. Undefined until read, or when the network is too
 * small to need it. Read once per network and kept: the whole copy follows within seconds.
 */
export function useFirstActions(networkId: string, wanted: boolean): FirstActions | undefined {
  const { db } = useRegia();
  const [read, setRead] = useState<{ networkId: string; first: FirstActions | null }>();
  const needed = wanted && read?.networkId !== networkId;
  useEffect(() => {
    if (!needed) return;
    let current = true;
    readFirstActions(db, networkId).then(
      (first) => {
        if (current) setRead({ networkId, first });
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [db, networkId, needed]);
  return read?.networkId === networkId ? (read.first ?? undefined) : undefined;
}
