import type { Attendance, Meeting, Membership, Network } from '../domain';
import {
  isAttending,
  isMembershipActiveOn,
  requiredForQuorum,
  type AppliedQuorumRule,
  type QuorumState,
} from './quorum';

/** What presence is computed from: the meeting, its network's rules, members and attendance. */
export type PresenceInput = {
  meeting: Pick<Meeting, 'date' | 'invitedOrganizationIds' | 'secondCall'>;
  network: Pick<
    Network,
    'quorumRule' | 'secondCallQuorumRule' | 'maxProxiesPerBody' | 'proxiesCountForQuorum'
  > | null;
  memberships: readonly Membership[];
  attendances: readonly Attendance[];
};

/** A body that entrusted its vote to another body present. */
export type Proxy = { fromOrganizationId: string; toOrganizationId: string };

/** Who is expected, present and voting at one moment of a meeting, and its quorum. */
export type Presence = {
  /** The time of day counted (`HH:mm`), or null for everyone checked in and not gone. */
  moment: string | null;
  /** The invited bodies when the meeting has any, otherwise the network's active members. */
  expectedOrganizationIds: string[];
  /** Of the expected bodies, those with voting right. */
  votingOrganizationIds: string[];
  /** Expected bodies in the meeting at the moment, in person, from afar or by a delegate. */
  presentOrganizationIds: string[];
  /** Proxies that hold at the moment: from an absent voting body to a voting body present. */
  proxies: Proxy[];
  /** Proxies that do not hold: the holder is absent or already carries the most allowed. */
  refusedProxies: Proxy[];
  /** The most votes a deliberation can count: voting bodies present plus their proxies. */
  voters: number;
  quorum: QuorumState;
};

/** The bodies a meeting expects: its invited bodies when it has any, otherwise the active members. */
export function expectedOrganizationIdsOf(
  meeting: PresenceInput['meeting'],
  memberships: readonly Membership[],
): string[] {
  if (meeting.invitedOrganizationIds.length > 0)
    return [...new Set(meeting.invitedOrganizationIds)];
  return [
    ...new Set(
      memberships
        .filter((membership) => isMembershipActiveOn(membership, meeting.date))
        .map((membership) => membership.organizationId),
    ),
  ];
}

/** The quorum rule that applies: the second-call rule for a meeting in second call, where set. */
export function appliedQuorumRule(
  meeting: PresenceInput['meeting'],
  network: PresenceInput['network'],
): AppliedQuorumRule {
  if (meeting.secondCall && network?.secondCallQuorumRule) return network.secondCallQuorumRule;
  return network?.quorumRule ?? 'maggioranza';
}

const byCreation = (first: Attendance, second: Attendance): number =>
  first.createdAt.localeCompare(second.createdAt) || first.id.localeCompare(second.id);

/**
 * Presence and quorum at one moment of a meeting, the single computation behind the live screen,
 * the projector and the minutes: one vote per expected body with voting right, whoever represents
 * it; a proxy counts for the votes, and for the quorum where the network says so, only when its
 * holder is present and within the network's maximum per body. Guests are never counted.
 */
export function presenceAt(input: PresenceInput, moment: string | null): Presence {
  const { meeting, network } = input;
  const expected = expectedOrganizationIdsOf(meeting, input.memberships);
  const expectedSet = new Set(expected);
  const votingSet = new Set(
    input.memberships
      .filter(
        (membership) =>
          membership.votingRight &&
          expectedSet.has(membership.organizationId) &&
          isMembershipActiveOn(membership, meeting.date),
      )
      .map((membership) => membership.organizationId),
  );
  const live = input.attendances.filter((attendance) => attendance.archivedAt === null);
  const present = new Set(
    live
      .filter(
        (attendance) =>
          expectedSet.has(attendance.organizationId) && isAttending(attendance, moment),
      )
      .map((attendance) => attendance.organizationId),
  );
  const maxPerBody = network?.maxProxiesPerBody ?? 1;
  const carried = new Map<string, number>();
  const proxies: Proxy[] = [];
  const refusedProxies: Proxy[] = [];
  for (const attendance of [...live].sort(byCreation)) {
    const to = attendance.proxyOrganizationId;
    const from = attendance.organizationId;
    if (!to || present.has(from) || !votingSet.has(from)) continue;
    const proxy = { fromOrganizationId: from, toOrganizationId: to };
    const held = carried.get(to) ?? 0;
    if (to === from || !votingSet.has(to) || !present.has(to) || held >= maxPerBody) {
      refusedProxies.push(proxy);
      continue;
    }
    carried.set(to, held + 1);
    proxies.push(proxy);
  }
  const votingPresent = [...present].filter((id) => votingSet.has(id)).length;
  const countsProxies = network?.proxiesCountForQuorum ?? true;
  const presentForQuorum = votingPresent + (countsProxies ? proxies.length : 0);
  const rule = appliedQuorumRule(meeting, network);
  const required = requiredForQuorum(rule, votingSet.size);
  return {
    moment,
    expectedOrganizationIds: expected,
    votingOrganizationIds: [...votingSet],
    presentOrganizationIds: [...present],
    proxies,
    refusedProxies,
    voters: votingPresent + proxies.length,
    quorum: {
      rule,
      voting: votingSet.size,
      present: presentForQuorum,
      required,
      reached: presentForQuorum >= required,
    },
  };
}
