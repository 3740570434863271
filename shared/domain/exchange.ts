import { z } from 'zod';
import { recordMetaSchema, reference } from './record';

/** One export to, or import from, a partner's workbook. */
export const exchangeBatchSchema = recordMetaSchema.extend({
  networkId: z.uuid(),
  direction: z.enum(['export', 'import']),
  fileName: z.string(),
  partnerOrganizationId: reference,
  at: z.iso.datetime(),
  baseSnapshot: z.record(z.string(), z.unknown()).default({}),
  applied: z.array(z.unknown()).default([]),
  undoneAt: z.iso.datetime().nullable().default(null),
  /** For an import: the SHA-256 of the returned file's bytes, so the same file is never applied twice. */
  fingerprint: z.string().nullable().default(null),
});
export type ExchangeBatch = z.infer<typeof exchangeBatchSchema>;
