import type { MapEdge } from '../../../shared/map';
import type { Translate } from '../../app/RegiaContext';
import { label } from '../../app/labels';

/** A link as a person reads it: its kind (or what the two share), direction seen from one end, weight. */
export function linkLabel(t: Translate, link: MapEdge, from: string): string {
  if (link.origin !== 'relationship')
    return t(`map.derivedCount.${link.origin}`, { count: link.weight });
  const arrow = !link.directed ? '↔' : link.source === from ? '→' : '←';
  return `${arrow} ${label.relationshipKind(t, link.kind ?? 'altro')} (${link.weight})`;
}
