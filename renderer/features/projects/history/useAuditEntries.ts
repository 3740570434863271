import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';

/** The audit entries of some records of one table (read through `[table+recordId]`), kept live. */
export function useAuditEntries(
  table: 'indicatorValues' | 'expenditures',
  recordIds: readonly string[],
): AuditEntry[] {
  const { db } = useRegia();
  // The joined ids stand for the list, which is a new array at every render.
  const idList = recordIds.join(',');
  return (
    useLiveQuery(
      () =>
        db.auditEntries
          .where('[table+recordId]')
          .anyOf(recordIds.map((id) => [table, id]))
          .toArray(),
      [db, table, idList],
    ) ?? []
  );
}
