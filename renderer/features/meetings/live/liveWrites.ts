import type { Attendance, AttendanceStatus } from '../../../../shared/domain';
import type { PatchOf, Repositories } from '../../../db';

/** The time of day now, as `HH:mm`. */
export function timeNow(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** A change of one member's attendance at a meeting. */
export type AttendanceChange = Omit<PatchOf<'attendances'>, 'meetingId' | 'organizationId'>;

/**
 * Records a member's attendance: changes its row if there is one, otherwise creates it. Checking a
 * member in as present or delegated notes the arrival time now, unless one is already recorded.
 */
export async function recordAttendance(
  repositories: Pick<Repositories, 'attendances'>,
  meetingId: string,
  organizationId: string,
  existing: Attendance | undefined,
  change: AttendanceChange,
): Promise<Attendance> {
  const status: AttendanceStatus | undefined = change.status;
  const attends = status === 'presente' || status === 'delegato';
  const arrival =
    attends && (existing?.arrivalTime ?? null) === null && change.arrivalTime === undefined
      ? { arrivalTime: timeNow() }
      : {};
  const leaves = status === 'assente' || status === 'assenteGiustificato';
  const cleared = leaves
    ? { arrivalTime: null, departureTime: null, delegateName: '' }
    : status === 'presente'
      ? { delegateName: '' }
      : {};
  const patch = { ...change, ...arrival, ...cleared };
  if (existing) return repositories.attendances.update(existing.id, patch);
  return repositories.attendances.create({
    meetingId,
    organizationId,
    status: status ?? 'presente',
    ...patch,
  });
}
