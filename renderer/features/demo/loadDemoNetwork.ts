import { buildDemoDataset } from '../../../shared/demo';
import { addDataset, type RepositoryContext, type Settings } from '../../db';

/** Writes the demo networks in one transaction and makes the first one current; returns the record count. */
export async function loadDemoNetwork(
  context: RepositoryContext,
  updateSettings: (changes: Partial<Settings>) => Promise<void>,
  now: Date = new Date(),
): Promise<number> {
  const dataset = buildDemoDataset({ now });
  const count = await addDataset(context, dataset, { source: 'demo' });
  const [firstNetwork] = dataset.networks;
  if (firstNetwork) await updateSettings({ currentNetworkId: firstNetwork.id });
  return count;
}
