import { z } from 'zod';
import { isoDateSchema, optionalText, recordMetaSchema, reference } from './record';

export const relationshipKinds = [
  'convenzione',
  'collaborazione',
  'invio',
  'coProgettazione',
  'finanziamento',
  'altro',
] as const;
export type RelationshipKind = (typeof relationshipKinds)[number];

/** A tie between two organizations. */
export const relationshipSchema = recordMetaSchema.extend({
  networkId: reference,
  sourceOrganizationId: z.uuid(),
  targetOrganizationId: z.uuid(),
  kind: z.enum(relationshipKinds),
  directed: z.boolean(),
  weight: z.number().min(0).max(100).default(1),
  from: isoDateSchema.nullable().default(null),
  to: isoDateSchema.nullable().default(null),
  notes: optionalText,
});
export type Relationship = z.infer<typeof relationshipSchema>;
/** What a person or an import sets on a relationship: all but its network and bookkeeping. */
export type RelationshipFields = Pick<
  Relationship,
  | 'sourceOrganizationId'
  | 'targetOrganizationId'
  | 'kind'
  | 'directed'
  | 'weight'
  | 'from'
  | 'to'
  | 'notes'
>;

/** A saved network map: its filters and node positions. */
export const mapViewSchema = recordMetaSchema.extend({
  networkId: z.uuid(),
  name: z.string().trim().min(1).max(200),
  filters: z.record(z.string(), z.unknown()).default({}),
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).default({}),
});
export type MapView = z.infer<typeof mapViewSchema>;
