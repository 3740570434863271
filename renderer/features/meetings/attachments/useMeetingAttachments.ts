import { useLiveQuery } from 'dexie-react-hooks';
import type { Attachment } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import { readMeetingAttachments } from './attachmentReads';

/** The documents attached to a meeting and its items; undefined while loading. */
export function useMeetingAttachments(meetingId: string): Attachment[] | undefined {
  const { db } = useRegia();
  return useLiveQuery(() => readMeetingAttachments(db, meetingId), [db, meetingId]);
}
