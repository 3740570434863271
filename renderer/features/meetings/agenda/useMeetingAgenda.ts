import { useLiveQuery } from 'dexie-react-hooks';
import type { AgendaItem } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';

/** The agenda items of a meeting in their order; undefined while loading. */
export function useMeetingAgenda(meetingId: string): AgendaItem[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(
    async () =>
      (
        await db.agendaItems
          .where('[meetingId+order]')
          .between([meetingId, -Infinity], [meetingId, Infinity])
          .toArray()
      ).filter((item) => !item.archivedAt),
    [db, meetingId],
  );
}
