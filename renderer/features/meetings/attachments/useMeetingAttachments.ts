import { useLiveQuery } from 'dexie-react-hooks';
import type { Attachment } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';

/** The documents attached to a meeting and its items; undefined while loading. */
export function useMeetingAttachments(meetingId: string): Attachment[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(
    async () =>
      (await db.attachments.where('meetingId').equals(meetingId).toArray())
        .filter((attachment) => !attachment.archivedAt)
        .toSorted((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [db, meetingId],
  );
}
