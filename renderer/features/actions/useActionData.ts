import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  actionProgressReport,
  openActionStatuses,
  type ActionFilter,
  type ActionProgressReport,
} from '../../../shared/actions';
import type { Action, ActionUpdate, AgendaItem, Meeting } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import {
  deleteSavedFilter,
  readNetworkFilters,
  saveFilter,
  type SavedFilter,
} from './savedFilters';

/** An action, kept current; undefined while loading, null when it does not exist. */
export function useAction(actionId: string): Action | null | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => (await db.actions.get(actionId)) ?? null, [db, actionId]);
}

/** An action's timeline, newest first, read through the `[actionId+at]` index. */
export function useActionTimeline(actionId: string): ActionUpdate[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(
    () =>
      db.actionUpdates
        .where('[actionId+at]')
        .between([actionId, ''], [actionId, '\uffff'])
        .reverse()
        .toArray(),
    [db, actionId],
  );
}

/** The network's open actions as a meeting reviews them: overdue and still open on `today`. */
export function useOpenActionsReport(
  networkId: string,
  today: string,
): ActionProgressReport | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => {
    const open = await db.actions
      .where('[networkId+status]')
      .anyOf(openActionStatuses.map((status) => [networkId, status]))
      .toArray();
    return actionProgressReport(open, today);
  }, [db, networkId, today]);
}

/** The actions decided on an agenda item of a meeting, archived ones aside. */
export function useActionsDecidedOn(meetingId: string, agendaItemId: string): Action[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(
    async () =>
      (await db.actions.where('originMeetingId').equals(meetingId).toArray()).filter(
        (action) => action.originAgendaItemId === agendaItemId && action.archivedAt === null,
      ),
    [db, meetingId, agendaItemId],
  );
}

/** Where an action comes from: its meeting and agenda item (either may be gone). */
export type OriginRecords = { meeting: Meeting | undefined; item: AgendaItem | undefined };

/** The meeting and item an action was decided at; null without a meeting, undefined while loading. */
export function useActionOrigin(
  meetingId: string | null,
  agendaItemId: string | null,
): OriginRecords | null | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => {
    if (meetingId === null) return null;
    const [meeting, item] = await Promise.all([
      db.meetings.get(meetingId),
      agendaItemId === null ? undefined : db.agendaItems.get(agendaItemId),
    ]);
    return { meeting, item };
  }, [db, meetingId, agendaItemId]);
}

/** The saved filters of a network, by name, kept current; undefined while loading. */
export function useSavedFilters(networkId: string): SavedFilter[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(() => readNetworkFilters(db, networkId), [db, networkId]);
}

/** Saving and deleting the filters of the action views. */
export type SavedFilterCommands = {
  save: (networkId: string, name: string, filter: ActionFilter) => Promise<SavedFilter>;
  remove: (id: string) => Promise<void>;
};

/** The saved filters' commands, bound to the database. */
export function useSavedFilterCommands(): SavedFilterCommands {
  const { db } = useRegia();
  return useMemo(
    () => ({
      save: (networkId, name, filter) => saveFilter(db, networkId, name, filter),
      remove: (id) => deleteSavedFilter(db, id),
    }),
    [db],
  );
}
