import { attendanceStatuses, membershipRoles, type Attendance, type Membership } from '../domain';
import type { MergeSources } from './mergeTypes';
import { unique, type MergeWrites } from './mergeWrites';

/** The ranks used to keep the stronger of two roles or the better of two attendances. */
const roleRank = (role: Membership['role']): number => membershipRoles.indexOf(role);
const attendanceRank = (status: Attendance['status']): number => {
  const preference: Attendance['status'][] = ['presente', 'delegato', 'assenteGiustificato'];
  const index = preference.indexOf(status);
  return index === -1 ? attendanceStatuses.length : index;
};

function earlier(first: string | null, second: string | null): string | null {
  if (!first) return second;
  if (!second) return first;
  return first < second ? first : second;
}

function later(first: string | null, second: string | null): string | null {
  // An open end (null) means the membership still runs: it wins.
  if (!first || !second) return null;
  return first > second ? first : second;
}

/**
 * Moves the merged organization's memberships to the survivor; one of a network the survivor
 * already belongs to is combined into the survivor's (stronger role, voting right if either
 * had it, the wider period, both lists of people) and archived.
 */
export function planMemberships(sources: MergeSources, plan: MergeWrites): void {
  const { survivor, merged } = sources;
  const survivorByNetwork = new Map(
    sources.memberships
      .filter((membership) => membership.organizationId === survivor.id && !membership.archivedAt)
      .map((membership) => [membership.networkId, membership]),
  );
  for (const membership of sources.memberships) {
    if (membership.organizationId !== merged.id) continue;
    const kept = membership.archivedAt ? undefined : survivorByNetwork.get(membership.networkId);
    if (!kept) {
      plan.updates.push({
        table: 'memberships',
        id: membership.id,
        patch: { organizationId: survivor.id },
      });
      continue;
    }
    plan.updates.push({
      table: 'memberships',
      id: kept.id,
      patch: {
        role: roleRank(membership.role) < roleRank(kept.role) ? membership.role : kept.role,
        votingRight: kept.votingRight || membership.votingRight,
        from: earlier(kept.from, membership.from),
        to: later(kept.to, membership.to),
        representativeContactIds: unique([
          ...kept.representativeContactIds,
          ...membership.representativeContactIds,
        ]),
        delegateContactIds: unique([...kept.delegateContactIds, ...membership.delegateContactIds]),
      },
    });
    plan.archives.push({ table: 'memberships', id: membership.id });
  }
}

/**
 * Moves the merged organization's attendances to the survivor; at a meeting both attended, the
 * better attendance is kept on the survivor's record and the other archived.
 */
export function planAttendances(sources: MergeSources, plan: MergeWrites): void {
  const { survivor, merged } = sources;
  const survivorByMeeting = new Map(
    sources.attendances
      .filter((attendance) => attendance.organizationId === survivor.id && !attendance.archivedAt)
      .map((attendance) => [attendance.meetingId, attendance]),
  );
  for (const attendance of sources.attendances) {
    if (attendance.organizationId !== merged.id) continue;
    const kept = attendance.archivedAt ? undefined : survivorByMeeting.get(attendance.meetingId);
    if (!kept) {
      plan.updates.push({
        table: 'attendances',
        id: attendance.id,
        patch: { organizationId: survivor.id },
      });
      continue;
    }
    if (attendanceRank(attendance.status) < attendanceRank(kept.status)) {
      plan.updates.push({
        table: 'attendances',
        id: kept.id,
        patch: {
          status: attendance.status,
          contactId: attendance.contactId,
          delegateName: attendance.delegateName,
          arrivalTime: attendance.arrivalTime,
          departureTime: attendance.departureTime,
        },
      });
    }
    plan.archives.push({ table: 'attendances', id: attendance.id });
  }
}
