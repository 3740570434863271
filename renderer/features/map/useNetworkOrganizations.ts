import { useLiveQuery } from 'dexie-react-hooks';
import type { Organization } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';

/** The organizations that are members of a network, plus some others by id, sorted by name. */
export function useNetworkOrganizations(
  networkId: string,
  alsoIds: readonly string[] = [],
): Organization[] | undefined {
  const { db } = useRegia();
  const extra = alsoIds.join(',');
  return useLiveQuery(async () => {
    const memberships = await db.memberships.where('networkId').equals(networkId).toArray();
    const ids = new Set([
      ...memberships.filter((row) => row.archivedAt === null).map((row) => row.organizationId),
      ...extra.split(',').filter(Boolean),
    ]);
    const organizations = (await db.organizations.bulkGet([...ids])).flatMap((row) =>
      row && row.archivedAt === null ? [row] : [],
    );
    return organizations.sort((a, b) => a.name.localeCompare(b.name, 'it'));
  }, [db, networkId, extra]);
}
