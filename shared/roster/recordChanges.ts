import { sameFieldValue } from '../domain';

/** One field that an audited change altered. */
export type FieldChange = { field: string; before: unknown; after: unknown };

/** Bookkeeping and derived fields: they change with every write and say nothing to the user. */
const unshownFields = new Set(['id', 'createdAt', 'updatedAt', 'rev', 'searchWords']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields that differ between the record before and after a change, in the order the
 * record lists them; for a creation every filled field, for a deletion every field it had.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const previous = isRecord(before) ? before : {};
  const next = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])];
  return fields
    .filter((field) => !unshownFields.has(field))
    .filter((field) => !sameFieldValue(previous[field], next[field]))
    .filter((field) => !isEmpty(previous[field]) || !isEmpty(next[field]))
    .map((field) => ({ field, before: previous[field] ?? null, after: next[field] ?? null }));
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}
