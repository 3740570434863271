import { useLiveQuery } from 'dexie-react-hooks';
import { useRegia } from '../app/RegiaContext';
import { readNetworkMembers, type NetworkMember } from './networkMembers';

/** The members of a network (see `readNetworkMembers`), kept current; undefined while loading. */
export function useNetworkMembers(networkId: string): NetworkMember[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(() => readNetworkMembers(db, networkId), [db, networkId]);
}
