import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';

/** The meetings of a network that are not archived, by date; undefined while loading. */
export function useNetworkMeetings(networkId: string): Meeting[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(
    async () =>
      (
        await db.meetings
          .where('[networkId+date]')
          .between([networkId, ''], [networkId, '\uffff'])
          .toArray()
      ).filter((meeting) => !meeting.archivedAt),
    [db, networkId],
  );
}
