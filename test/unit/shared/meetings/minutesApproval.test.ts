import { describe, expect, it } from 'vitest';
import {
  approvalProblem,
  approvingMeetings,
  isHeldBy,
} from '../../../../shared/meetings/minutesApproval';
import { meetingOn, uuid } from './presenceFixtures';

const today = '2026-12-05';
const approved = meetingOn('2026-11-10', { id: uuid(4, 10), number: 6, status: 'verbaleInBozza' });
const held = meetingOn('2026-12-01', { id: uuid(4, 11), number: 7, status: 'svolta' });
const convokedAhead = meetingOn('2026-12-10', { id: uuid(4, 12), number: 8, status: 'convocata' });
const earlier = meetingOn('2026-10-01', { id: uuid(4, 13), number: 5, status: 'svolta' });

describe('approving the minutes', () => {
  it('accepts a later meeting already held', () => {
    expect(approvalProblem(approved, held, today)).toBeNull();
  });

  it('refuses a meeting not held yet: dated after today, or only convoked', () => {
    expect(approvalProblem(approved, convokedAhead, today)).toBe('notHeldYet');
    const convokedPast = { ...held, status: 'convocata' as const };
    expect(approvalProblem(approved, convokedPast, today)).toBe('notHeldYet');
    expect(approvalProblem(approved, { ...convokedAhead, status: 'svolta' }, today)).toBe(
      'notHeldYet',
    );
  });

  it('accepts a meeting opened today, where minutes are usually approved', () => {
    const openedToday = meetingOn(today, { number: 8, status: 'convocata', openingTime: '09:35' });
    expect(isHeldBy(openedToday, today)).toBe(true);
    expect(approvalProblem(approved, openedToday, today)).toBeNull();
  });

  it('refuses an earlier meeting, the meeting itself, and minutes already approved or not held', () => {
    expect(approvalProblem(approved, earlier, today)).toBe('notLater');
    expect(approvalProblem(approved, approved, today)).toBe('sameMeeting');
    expect(approvalProblem({ ...approved, status: 'verbaleApprovato' }, held, today)).toBe(
      'alreadyApproved',
    );
    expect(approvalProblem({ ...approved, status: 'convocata' }, held, today)).toBe(
      'minutesNotHeld',
    );
  });

  it('offers only the later meetings already held, oldest first', () => {
    const laterHeld = meetingOn('2026-12-03', { id: uuid(4, 14), number: 9, status: 'svolta' });
    expect(
      approvingMeetings(approved, [convokedAhead, laterHeld, earlier, held], today).map(
        (meeting) => meeting.number,
      ),
    ).toEqual([7, 9]);
  });
});
