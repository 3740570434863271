import type { Meeting } from '../../../../shared/domain';
import { MeetingRuleError, type MeetingWriters } from '../meetingWrites';

/**
 * Records that a draft meeting's convocation was sent: it becomes convocata. One transaction;
 * a meeting already convoked stays as it is (a second click changes nothing), and any other
 * meeting (held, cancelled, with minutes) is refused.
 */
export async function markConvoked(
  { db, repositories }: MeetingWriters,
  meetingId: string,
): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.auditEntries], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error(`Seduta ${meetingId} non trovata`);
    if (meeting.status === 'convocata') return meeting;
    if (meeting.status !== 'bozza') {
      throw new MeetingRuleError([{ field: 'date', message: 'meetings.rule.convokeOnlyDraft' }]);
    }
    return repositories.meetings.update(meetingId, { status: 'convocata' });
  });
}
