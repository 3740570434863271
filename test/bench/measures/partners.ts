import type { BenchSession } from '../runner/measure';

/**
 * The partners of the main network by the number of actions they own, most first (ties by
 * id): the import measure takes the first, the export measure the next sixty.
 */
export function partnersByActions(session: BenchSession): string[] {
  const counts = new Map<string, number>();
  for (const action of session.network.dataset.actions) {
    if (action.networkId !== session.seed.mainNetworkId || action.ownerOrganizationId === null) {
      continue;
    }
    counts.set(action.ownerOrganizationId, (counts.get(action.ownerOrganizationId) ?? 0) + 1);
  }
  return [...counts]
    .sort((first, second) => second[1] - first[1] || (first[0] < second[0] ? -1 : 1))
    .map(([id]) => id);
}
