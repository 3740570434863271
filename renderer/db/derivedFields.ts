import type { EntityTableName } from '../../shared/domain';
import { withContactSearchWords, withOrganizationSearchWords } from './migrations/v2SearchWords';

/** Recomputes the fields a row derives from its others (search words) before it is stored. */
export function deriveFields(tableName: EntityTableName, candidate: unknown): unknown {
  if (typeof candidate !== 'object' || candidate === null) return candidate;
  if (tableName === 'organizations') return withOrganizationSearchWords({ ...candidate });
  if (tableName === 'contacts') return withContactSearchWords({ ...candidate });
  return candidate;
}
