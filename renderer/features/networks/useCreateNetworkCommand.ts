import type { Network } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import { createNetwork, type NewNetworkValues } from './networkWrites';

/** Creates a network and makes it the current one. */
export function useCreateNetworkCommand(): (values: NewNetworkValues) => Promise<Network> {
  const { repositories, updateSettings } = useRegia();
  return async (values) => {
    const network = await createNetwork(repositories, values);
    await updateSettings({ currentNetworkId: network.id });
    return network;
  };
}
