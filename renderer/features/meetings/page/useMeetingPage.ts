import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import { readFollowUp, readMeeting, type FollowUp } from './meetingPageReads';

/** A meeting kept current: null when there is none with that id, undefined while loading. */
export function useMeeting(meetingId: string): Meeting | null | undefined {
  const { db } = useRegia();
  return useLiveQuery(() => readMeeting(db, meetingId), [db, meetingId]);
}

/** The actions a meeting created, kept current; undefined while loading. */
export function useFollowUp(meetingId: string): FollowUp | undefined {
  const { db } = useRegia();
  return useLiveQuery(() => readFollowUp(db, meetingId), [db, meetingId]);
}
