import type { Attendance, AttendanceStatus, Meeting } from '../../../../shared/domain';
import { defaultArrivalTime, type MomentMeeting } from '../../../../shared/meetings/meetingMoment';
import type { PatchOf, Repositories } from '../../../db';

/** A change of one member's attendance at a meeting. */
export type AttendanceChange = Omit<PatchOf<'attendances'>, 'meetingId' | 'organizationId'>;

/** The meeting an attendance belongs to: its id and the times its defaults come from. */
export type AttendanceMeeting = Pick<Meeting, 'id'> & MomentMeeting;

/**
 * Records a member's attendance: changes its row if there is one, otherwise creates it. Checking a
 * member in as present or delegated records no arrival (from the opening) unless it arrives late
 * at a meeting in progress today; never the computer's clock for a meeting on another day.
 */
export async function recordAttendance(
  repositories: Pick<Repositories, 'attendances'>,
  meeting: AttendanceMeeting,
  organizationId: string,
  existing: Attendance | undefined,
  change: AttendanceChange,
  now: Date = new Date(),
): Promise<Attendance> {
  const status: AttendanceStatus | undefined = change.status;
  const attends = status === 'presente' || status === 'delegato';
  const wasAttending = existing?.status === 'presente' || existing?.status === 'delegato';
  const arrival =
    attends && !wasAttending && change.arrivalTime === undefined
      ? { arrivalTime: defaultArrivalTime(meeting, now) }
      : {};
  const leaves = status === 'assente' || status === 'assenteGiustificato';
  const cleared = leaves
    ? {
        arrivalTime: null,
        departureTime: null,
        delegateName: '',
        people: [],
        mode: 'inPresenza' as const,
      }
    : status === 'presente'
      ? { delegateName: '' }
      : {};
  const attending = attends ? { proxyOrganizationId: null } : {};
  const patch = { ...change, ...arrival, ...cleared, ...attending };
  if (existing) return repositories.attendances.update(existing.id, patch);
  return repositories.attendances.create({
    meetingId: meeting.id,
    organizationId,
    status: status ?? 'presente',
    ...patch,
  });
}
