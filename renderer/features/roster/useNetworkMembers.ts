import { useLiveQuery } from 'dexie-react-hooks';
import type { Membership, Organization } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import { loadRosterRows } from './list/useRosterRows';

/** A member of a network: its organization, its membership and how many contacts it has. */
export type NetworkMember = {
  organization: Organization;
  membership: Membership;
  contactCount: number;
};

/**
 * The active members of a network (membership not closed, organization not archived), by
 * name; undefined while loading.
 */
export function useNetworkMembers(networkId: string): NetworkMember[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => {
    const rows = await loadRosterRows(db, networkId, 'network');
    return rows
      .flatMap(({ organization, membership, contactCount }) =>
        membership && !organization.archivedAt ? [{ organization, membership, contactCount }] : [],
      )
      .sort((first, second) =>
        first.organization.name.localeCompare(second.organization.name, 'it'),
      );
  }, [db, networkId]);
}
