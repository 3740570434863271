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

/** Whether two stored field values are the same: as JSON, a missing value counting as null. */
export function sameFieldValue(first: unknown, second: unknown): boolean {
  return JSON.stringify(first ?? null) === JSON.stringify(second ?? null);
}

/**
 * What an audit entry keeps of a write: a creation its record, a deletion the record it removed,
 * a change only the fields it altered, before and after. An import of 20,000 actions writes
 * 20,000 entries, and a whole record twice in each of them doubled what the import stored.
 */
export function auditedValues(
  before: object | null,
  after: object | null,
): { before: object | null; after: object | null } {
  if (before === null || after === null) {
    return { before: withoutBytes(before), after: withoutBytes(after) };
  }
  const previous = new Map(Object.entries(withoutBytes(before) ?? {}));
  const next = new Map(Object.entries(withoutBytes(after) ?? {}));
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const field of new Set([...previous.keys(), ...next.keys()])) {
    if (sameFieldValue(previous.get(field), next.get(field))) continue;
    if (previous.has(field)) changedBefore[field] = previous.get(field);
    if (next.has(field)) changedAfter[field] = next.get(field);
  }
  return { before: changedBefore, after: changedAfter };
}

/**
 * A record as the audit log keeps it: binary fields (an attachment's bytes) become their size,
 * so the log never holds a second copy of every document, nor its content after an erasure.
 */
export function withoutBytes(record: object | null): object | null {
  if (record === null) return null;
  const entries = Object.entries(record);
  if (!entries.some(([, value]) => value instanceof Uint8Array)) return record;
  return Object.fromEntries(
    entries.map(([key, value]) =>
      value instanceof Uint8Array ? [key, { omittedBytes: value.byteLength }] : [key, value],
    ),
  );
}

/** A local preference, stored as a key and a JSON value. */
export const settingSchema = z.object({ key: z.string().min(1), value: z.unknown() });
export type Setting = z.infer<typeof settingSchema>;
