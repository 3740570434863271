import { useLiveQuery } from 'dexie-react-hooks';
import { networkLetterheadOf, type Letterhead } from '../../../shared/documents';
import { useRegia } from '../RegiaContext';

/**
 * The letterhead of a network's documents (its issuing body, else its coordinating body), kept
 * current as the identity is edited; null while loading or for an unknown network.
 */
export function useNetworkLetterhead(networkId: string): Letterhead | null {
  const { db, locale } = useRegia();
  return (
    useLiveQuery(async () => {
      const network = await db.networks.get(networkId);
      if (!network) return null;
      const coordinator = network.coordinatingOrganizationId
        ? ((await db.organizations.get(network.coordinatingOrganizationId)) ?? null)
        : null;
      return networkLetterheadOf(locale, network, coordinator);
    }, [db, networkId, locale]) ?? null
  );
}
