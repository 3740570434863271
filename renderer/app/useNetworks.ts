import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext } from 'react';
import type { Network } from '../../shared/domain';
import { useRegia } from './RegiaContext';

/** The networks the user coordinates and the one currently shown. */
export type NetworksState = { networks: Network[]; current: Network | null };

/** Reads the networks from the database; undefined while loading. */
export function useNetworksQuery(): NetworksState | undefined {
  const { db, settings } = useRegia();
  const networks = useLiveQuery(
    async () =>
      (await db.networks.orderBy('name').toArray()).filter((network) => !network.archivedAt),
    [db],
  );
  if (!networks) return undefined;
  const current =
    networks.find((network) => network.id === settings.currentNetworkId) ?? networks[0] ?? null;
  return { networks, current };
}

/** Set by the layout once the networks are loaded. */
export const NetworksContext = createContext<NetworksState>({ networks: [], current: null });

/** The networks and the current one, as loaded by the layout. */
export function useNetworks(): NetworksState {
  return useContext(NetworksContext);
}

/** The network currently shown; pages that need one are rendered only when it exists. */
export function useCurrentNetwork(): Network {
  const { current } = useNetworks();
  if (!current) throw new Error('useCurrentNetwork needs a network');
  return current;
}
