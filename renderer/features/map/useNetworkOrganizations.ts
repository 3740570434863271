import { useLiveQuery } from 'dexie-react-hooks';
import type { Organization } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import { readNetworkMembers } from '../../data';

/** The organizations that are members of a network, plus some others by id, sorted by name. */
export function useNetworkOrganizations(
  networkId: string,
  alsoIds: readonly string[] = [],
): Organization[] | undefined {
  const { db } = useRegia();
  const extra = alsoIds.join(',');
  return useLiveQuery(async () => {
    const members = (await readNetworkMembers(db, networkId)).map((member) => member.organization);
    const memberIds = new Set(members.map((organization) => organization.id));
    const extraIds = extra.split(',').filter((id) => id !== '' && !memberIds.has(id));
    const others = (await db.organizations.bulkGet(extraIds)).flatMap((row) =>
      row && row.archivedAt === null ? [row] : [],
    );
    return [...members, ...others].sort((a, b) => a.name.localeCompare(b.name, 'it'));
  }, [db, networkId, extra]);
}
