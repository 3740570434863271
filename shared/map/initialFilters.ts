import { deriveNetworkMap } from './deriveMap';
import { defaultMapFilters, type MapFilters } from './mapFilters';
import type { MapSourceData } from './mapTypes';

/** Above this many links a map stops being readable and its layout slow: derived links are thinned. */
export const comfortableLinkCount = 12_000;

/**
 * The filters a map opens with: the defaults, except that in a large network derived links
 * need as many shared projects or actions as it takes to keep the map within a readable number
 * of links, keeping the strongest collaborations.
 */
export function initialMapFilters(source: MapSourceData, limit = comfortableLinkCount): MapFilters {
  const model = deriveNetworkMap(source, defaultMapFilters);
  if (model.edges.length <= limit) return defaultMapFilters;
  const recorded = model.edges.filter((edge) => edge.origin === 'relationship').length;
  const byWeight = new Map<number, number>();
  for (const edge of model.edges) {
    if (edge.origin !== 'relationship')
      byWeight.set(edge.weight, (byWeight.get(edge.weight) ?? 0) + 1);
  }
  const weights = [...byWeight.keys()].sort((a, b) => b - a);
  let kept = recorded;
  let minSharedWork = (weights[0] ?? 1) + 1;
  for (const weight of weights) {
    kept += byWeight.get(weight) ?? 0;
    if (kept > limit) break;
    minSharedWork = weight;
  }
  return { ...defaultMapFilters, minSharedWork };
}
