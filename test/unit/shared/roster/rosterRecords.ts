import type { z } from 'zod';
import { tableSchemas, type EntityTableName, type RowOf } from '../../../../shared/domain';

// A mapped view of the schemas lets TypeScript relate tableSchemas[table] to RowOf<table>.
const rowSchemas: { [T in EntityTableName]: z.ZodType<RowOf<T>> } = tableSchemas;

let sequence = 0;

/** A fresh UUID-shaped id that sorts in creation order, so tests read deterministically. */
export function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

/** A complete, valid row of a table from the fields a test cares about. */
export function recordOf<T extends EntityTableName>(
  table: T,
  fields: Omit<
    z.input<(typeof tableSchemas)[T]>,
    'id' | 'createdAt' | 'updatedAt' | 'rev' | 'archivedAt'
  > & {
    id?: string;
    archivedAt?: string | null;
  },
): RowOf<T> {
  return rowSchemas[table].parse({
    id: nextId(),
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    rev: 1,
    archivedAt: null,
    ...fields,
  });
}

/** An organization of type comune unless told otherwise. */
export function organizationOf(
  fields: Partial<z.input<typeof tableSchemas.organizations>> & { name: string },
): RowOf<'organizations'> {
  return recordOf('organizations', { type: 'comune', ...fields });
}
