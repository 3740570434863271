import type { Network } from '../../../shared/domain';
import type { RegiaDatabase, Settings } from '../../db';
import { todayIsoDate } from '../../app/isoDate';
import { startReadingOverview } from './overviewReads';

/** Whether the address names no page: the window then opens on the overview. */
const opensOnOverview = (hash: string): boolean => hash === '' || hash === '#' || hash === '#/';

/** The network the layout shows first: the chosen one, else the first live one by name. */
export function networkShownFirst<N extends Pick<Network, 'id' | 'archivedAt'>>(
  networksByName: readonly N[],
  currentNetworkId: string | null,
): N | undefined {
  const live = networksByName.filter((network) => !network.archivedAt);
  return live.find((network) => network.id === currentNetworkId) ?? live[0];
}

/**
 * At start-up, when the window opens on the overview, begins reading its first figures for the
 * network the layout will show (the same rule as `useNetworksQuery`),
 * so the database works while React draws the frame.
 */
export async function prefetchOverview(
  db: RegiaDatabase,
  settings: Settings,
  hash: string,
): Promise<void> {
  if (!opensOnOverview(hash)) return;
  const networks = await db.networks.orderBy('name').toArray();
  const current = networkShownFirst(networks, settings.currentNetworkId);
  if (current) startReadingOverview(db, current.id, todayIsoDate());
}
