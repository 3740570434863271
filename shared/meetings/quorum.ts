import type { Attendance, Membership, QuorumRule } from '../domain';

/** Where a meeting stands against its quorum. */
export type QuorumState = {
  rule: QuorumRule;
  /** Member organizations with voting right on the meeting's day. */
  voting: number;
  /** Of those, how many are present in person or through a delegate, one per organization. */
  present: number;
  /** How many must be present for the quorum. */
  required: number;
  reached: boolean;
};

/** Whether a membership holds on a day (`yyyy-MM-dd`): not archived, begun, not ended. */
export function isMembershipActiveOn(membership: Membership, day: string): boolean {
  if (membership.archivedAt !== null) return false;
  if (membership.from !== null && membership.from > day) return false;
  return membership.to === null || membership.to >= day;
}

/**
 * How many of `voting` organizations make the quorum: more than half for a majority, at least
 * two thirds for the two-thirds rule; never fewer than one.
 */
export function requiredForQuorum(rule: QuorumRule, voting: number): number {
  const required = rule === 'dueTerzi' ? Math.ceil((voting * 2) / 3) : Math.floor(voting / 2) + 1;
  return Math.max(1, required);
}

/**
 * Whether an attendance counts as being in the room: present or represented by a delegate, and,
 * when a time (`HH:mm`) is given, arrived by then and not yet gone; without a time, not gone.
 */
export function isAttending(attendance: Attendance, time: string | null = null): boolean {
  if (attendance.archivedAt !== null) return false;
  if (attendance.status !== 'presente' && attendance.status !== 'delegato') return false;
  if (time === null) return attendance.departureTime === null;
  if (attendance.arrivalTime !== null && attendance.arrivalTime > time) return false;
  return attendance.departureTime === null || attendance.departureTime > time;
}

/**
 * The quorum of a meeting held on `day`: one vote per member organization with voting right,
 * whoever represents it (a delegate counts for the organization); members without voting right
 * and organizations outside the network are ignored.
 */
export function quorumOf(
  rule: QuorumRule,
  memberships: readonly Membership[],
  attendances: readonly Attendance[],
  day: string,
  time: string | null = null,
): QuorumState {
  const voters = new Set(
    memberships
      .filter((membership) => membership.votingRight && isMembershipActiveOn(membership, day))
      .map((membership) => membership.organizationId),
  );
  const present = new Set(
    attendances
      .filter(
        (attendance) => voters.has(attendance.organizationId) && isAttending(attendance, time),
      )
      .map((attendance) => attendance.organizationId),
  );
  const required = requiredForQuorum(rule, voters.size);
  return {
    rule,
    voting: voters.size,
    present: present.size,
    required,
    reached: present.size >= required,
  };
}
