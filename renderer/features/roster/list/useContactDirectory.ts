import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRegia } from '../../../app/RegiaContext';
import { loadContactDirectory, type ContactDirectory } from './contactDirectory';

/**
 * The active contacts by organization, kept current, read once `wanted` is first true (the list
 * asks for them once its organizations are shown); undefined until then and while loading.
 */
export function useContactDirectory(wanted: boolean): ContactDirectory | undefined {
  const { db } = useRegia();
  const [started, setStarted] = useState(wanted);
  if (wanted && !started) setStarted(true);
  return useLiveQuery(() => (started ? loadContactDirectory(db) : undefined), [db, started]);
}
