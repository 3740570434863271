import type { Network } from '../../../shared/domain';
import type { Repositories } from '../../db';

/** What a new network starts with; its rules and identity are set later. */
export type NewNetworkValues = Pick<Network, 'name' | 'territory' | 'programme'>;

/** Creates a network (cabina di regia) with its name, territory and programme trimmed. */
export function createNetwork(
  repositories: Repositories,
  values: NewNetworkValues,
): Promise<Network> {
  return repositories.networks.create({
    name: values.name.trim(),
    territory: values.territory.trim(),
    programme: values.programme.trim(),
  });
}
