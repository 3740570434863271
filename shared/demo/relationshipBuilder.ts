import type { RelationshipKind } from '../domain/networkMap';
import type { DemoContext } from './context';
import type { NetworkHandle } from './networks';

/** A tie between two organizations of the demo. */
export type RelationshipSpec = {
  source: string;
  target: string;
  kind: RelationshipKind;
  directed: boolean;
  weight: number;
  from: string | null;
  to: string | null;
  notes: string;
};

/** Writes a network's relationships. */
export function buildRelationships(
  context: DemoContext,
  network: NetworkHandle,
  specs: RelationshipSpec[],
): void {
  for (const spec of specs) {
    context.dataset.relationships.push({
      ...context.meta(),
      networkId: network.id,
      sourceOrganizationId: context.organizations.id(spec.source),
      targetOrganizationId: context.organizations.id(spec.target),
      kind: spec.kind,
      directed: spec.directed,
      weight: spec.weight,
      from: spec.from,
      to: spec.to,
      notes: spec.notes,
    });
  }
}
