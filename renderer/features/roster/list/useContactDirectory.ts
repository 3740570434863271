import { useState } from 'react';
import { useRegia } from '../../../app/RegiaContext';
import { queryMemory, useRememberedQuery } from '../../../data';
import { loadContactDirectory, type ContactDirectory } from './contactDirectory';

const directoryMemory = queryMemory<ContactDirectory>();
const contactTables = ['contacts'] as const;

/**
 * The active contacts by organization, kept current, read once `wanted` is first true (the list
 * asks for them once its organizations are shown); undefined until then and while loading. The
 * last directory read is remembered while no contact changes, and shown at once.
 */
export function useContactDirectory(wanted: boolean): ContactDirectory | undefined {
  const { db } = useRegia();
  const [started, setStarted] = useState(wanted);
  if (wanted && !started) setStarted(true);
  return useRememberedQuery(
    directoryMemory,
    db,
    contactTables,
    db.name,
    started ? () => loadContactDirectory(db) : null,
  );
}
