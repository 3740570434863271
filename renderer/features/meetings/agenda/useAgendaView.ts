import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import { readAgendaView, readOpenActions, type AgendaView, type OpenActions } from './agendaReads';

/** What the agenda tab of a meeting draws, kept current; undefined while loading. */
export function useAgendaView(meeting: Meeting): AgendaView | undefined {
  const { db } = useRegia();
  return useLiveQuery(() => readAgendaView(db, meeting), [db, meeting]);
}

/** The network's open actions with their owners' names, kept current; undefined while loading. */
export function useOpenActions(networkId: string): OpenActions | undefined {
  const { db } = useRegia();
  return useLiveQuery(() => readOpenActions(db, networkId), [db, networkId]);
}
