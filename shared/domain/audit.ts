import { z } from 'zod';
import { changeSources } from './actions';

/** A recorded change: written in the same transaction as the change itself. */
export const auditEntrySchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  userName: z.string(),
  userOrganization: z.string(),
  source: z.enum(changeSources),
  table: z.string(),
  recordId: z.string(),
  operation: z.enum(['create', 'update', 'archive', 'restore', 'delete']),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  batchId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A local preference, stored as a key and a JSON value. */
export const settingSchema = z.object({ key: z.string().min(1), value: z.unknown() });
export type Setting = z.infer<typeof settingSchema>;
