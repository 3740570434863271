import type { EntityTableName } from '../domain';
import { contactSearchWords, organizationSearchWords } from './recordSearchWords';

type Row = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** An organization row with its search words computed from its current fields. */
export function withOrganizationSearchWords<T extends Row>(row: T): T & { searchWords: string[] } {
  return {
    ...row,
    searchWords: organizationSearchWords({
      name: text(row.name),
      comune: text(row.comune),
      provincia: text(row.provincia),
      taxCode: text(row.taxCode),
      vatNumber: text(row.vatNumber),
      email: text(row.email),
      pec: text(row.pec),
    }),
  };
}

/** A contact row with its search words computed from its current fields. */
export function withContactSearchWords<T extends Row>(row: T): T & { searchWords: string[] } {
  return {
    ...row,
    searchWords: contactSearchWords({
      firstName: text(row.firstName),
      lastName: text(row.lastName),
      email: text(row.email),
      role: text(row.role),
    }),
  };
}

/**
 * Recomputes the fields a row derives from its others (search words) before it is stored: the
 * write path and a restore both call it, so a derived field is never trusted from its input.
 */
export function deriveFields(tableName: EntityTableName, candidate: unknown): unknown {
  if (typeof candidate !== 'object' || candidate === null) return candidate;
  if (tableName === 'organizations') return withOrganizationSearchWords({ ...candidate });
  if (tableName === 'contacts') return withContactSearchWords({ ...candidate });
  return candidate;
}
