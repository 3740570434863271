import { useLiveQuery } from 'dexie-react-hooks';
import { useRegia } from '../../../app/RegiaContext';
import { loadContactDirectory, type ContactDirectory } from './contactDirectory';

/** The active contacts by organization, kept current; undefined while loading. */
export function useContactDirectory(): ContactDirectory | undefined {
  const { db } = useRegia();
  return useLiveQuery(() => loadContactDirectory(db), [db]);
}
