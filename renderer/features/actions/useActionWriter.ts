import { useMemo } from 'react';
import { useRegia } from '../../app/RegiaContext';
import type { ActionWriter } from './actionWrites';

/** The writer of actions for the current user. */
export function useActionWriter(): ActionWriter {
  const { db, repositories, settings } = useRegia();
  return useMemo(
    () => ({ db, repositories, author: settings.userName }),
    [db, repositories, settings.userName],
  );
}
