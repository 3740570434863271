import type { Attendance, Membership, QuorumRule, SecondCallQuorumRule } from '../domain';

/** The rule a meeting's quorum is judged by: the network's, or its second-call rule. */
export type AppliedQuorumRule = QuorumRule | SecondCallQuorumRule;

/** Where a meeting stands against its quorum. */
export type QuorumState = {
  rule: AppliedQuorumRule;
  /** Expected bodies with voting right on the meeting's day. */
  voting: number;
  /** Of those, how many count as present: in the room, by a delegate, or by proxy where it counts. */
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
 * How many of `voting` bodies make the quorum: more than half for a majority, at least two
 * thirds or one third for those rules; never fewer than one, even where no quorum is set.
 */
export function requiredForQuorum(rule: AppliedQuorumRule, voting: number): number {
  const required =
    rule === 'dueTerzi'
      ? Math.ceil((voting * 2) / 3)
      : rule === 'unTerzo'
        ? Math.ceil(voting / 3)
        : rule === 'nessuno'
          ? 1
          : Math.floor(voting / 2) + 1;
  return Math.max(1, required);
}

/**
 * Whether an attendance counts as being in the meeting: present or represented by a delegate,
 * and, when a time (`HH:mm`) is given, arrived by then and not yet gone; without a time, not gone.
 * An arrival left empty means from the opening.
 */
export function isAttending(attendance: Attendance, time: string | null = null): boolean {
  if (attendance.archivedAt !== null) return false;
  if (attendance.status !== 'presente' && attendance.status !== 'delegato') return false;
  if (time === null) return attendance.departureTime === null;
  if (attendance.arrivalTime !== null && attendance.arrivalTime > time) return false;
  return attendance.departureTime === null || attendance.departureTime > time;
}
