import { describe, expect, it } from 'vitest';
import {
  attendanceStatuses,
  quorumRules,
  type Attendance,
  type Meeting,
  type Membership,
  type Network,
} from '../../../../shared/domain';
import {
  defaultArrivalTime,
  isInProgress,
  livePresence,
  openingMomentOf,
} from '../../../../shared/meetings/meetingMoment';
import { buildMinutesDocument } from '../../../../shared/meetings/minutes/minutesModel';
import { presenceAt } from '../../../../shared/meetings/presence';
import { attendanceOf, meetingOn, memberOf, networkWith, organizationId } from './presenceFixtures';

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = {
  chance: (probability: number) => boolean;
  integer: (from: number, to: number) => number;
  pick: <T>(values: readonly T[]) => T;
  time: (from: number, to: number) => string;
};

function randomOf(seed: number): Random {
  const next = seeded(seed);
  const integer = (from: number, to: number): number => from + Math.floor(next() * (to - from + 1));
  return {
    chance: (probability) => next() < probability,
    integer,
    pick: (values) => values[integer(0, values.length - 1)],
    time: (from, to) => {
      const minutes = integer(from * 60, to * 60 - 1);
      return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    },
  };
}

// A Saturday afternoon, as in the report of the problem: 15:21 on 5 December.
const now = new Date(2026, 11, 5, 15, 21);
const days = ['2026-12-05', '2026-12-10', '2026-11-20'];

type Scenario = {
  meeting: Meeting;
  network: Network;
  memberships: Membership[];
  attendances: Attendance[];
};

/** A random meeting with random rules, invitations, check-ins, times, delegations and proxies. */
function scenario(random: Random, typedTimes: boolean): Scenario {
  const size = random.integer(3, 14);
  const memberships = Array.from({ length: size }, (_, index) =>
    memberOf(index + 1, random.chance(0.8)),
  );
  const startTime = random.chance(0.9) ? random.time(8, 11) : null;
  const opened = random.chance(0.7);
  const openingTime = opened
    ? random.chance(0.5) && startTime !== null
      ? startTime
      : random.time(8, 12)
    : null;
  const closingTime = opened && random.chance(0.5) ? random.time(13, 19) : null;
  const invited = random.chance(0.4)
    ? memberships.filter(() => random.chance(0.5)).map((row) => row.organizationId)
    : [];
  const meeting = meetingOn(random.pick(days), {
    startTime,
    openingTime,
    closingTime,
    invitedOrganizationIds: invited,
    secondCall: random.chance(0.2),
  });
  const network = networkWith({
    quorumRule: random.pick(quorumRules),
    secondCallQuorumRule: random.chance(0.5) ? 'unTerzo' : null,
    maxProxiesPerBody: random.integer(0, 2),
    proxiesCountForQuorum: random.chance(0.5),
  });
  const attendances: Attendance[] = [];
  for (let index = 1; index <= size + 1; index += 1) {
    if (random.chance(0.15)) continue;
    const status = random.pick(attendanceStatuses);
    const attends = status === 'presente' || status === 'delegato';
    attendances.push(
      attendanceOf(index, status, {
        delegateName: status === 'delegato' ? 'Giovanna Esposito' : '',
        arrivalTime:
          attends && typedTimes && random.chance(0.3)
            ? random.time(8, 13)
            : attends
              ? defaultArrivalTime(meeting, now)
              : null,
        departureTime: attends && typedTimes && random.chance(0.2) ? random.time(10, 18) : null,
        mode: random.chance(0.3) ? 'remoto' : 'inPresenza',
        proxyOrganizationId:
          !attends && random.chance(0.5) ? organizationId(random.integer(1, size)) : null,
      }),
    );
  }
  return { meeting, network, memberships, attendances };
}

/** The present and voting figures the minutes write in their quorum sentence. */
function minutesFigures(input: Scenario): { present: number; voting: number } {
  const minutes = buildMinutesDocument({
    ...input,
    items: [],
    organizations: new Map(),
    contacts: new Map(),
    actions: [],
    approvedIn: null,
  });
  const [present, voting] = (minutes.quorum.match(/\d+/g) ?? []).map(Number);
  return { present: present ?? -1, voting: voting ?? -1 };
}

describe('the live screen and the minutes', () => {
  it('state the same presence and quorum for any meeting not being held at this very moment', () => {
    let compared = 0;
    for (let seed = 1; seed <= 200; seed += 1) {
      const input = scenario(randomOf(seed), true);
      if (isInProgress(input.meeting, now)) continue;
      compared += 1;
      const live = livePresence(input, now).quorum;
      expect({ seed, ...minutesFigures(input) }).toEqual({
        seed,
        present: live.present,
        voting: live.voting,
      });
    }
    expect(compared).toBeGreaterThan(120);
  });

  it('agree at the opening even while a meeting is in progress today', () => {
    for (let seed = 1001; seed <= 1150; seed += 1) {
      const input = scenario(randomOf(seed), true);
      const atOpening = presenceAt(input, openingMomentOf(input.meeting)).quorum;
      expect({ seed, ...minutesFigures(input) }).toEqual({
        seed,
        present: atOpening.present,
        voting: atOpening.voting,
      });
    }
  });

  it('count every voting body checked in without typed times, whatever the clock and the opening', () => {
    for (let seed = 2001; seed <= 2150; seed += 1) {
      const input = scenario(randomOf(seed), false);
      if (isInProgress(input.meeting, now)) continue;
      const expected = new Set(
        input.meeting.invitedOrganizationIds.length > 0
          ? input.meeting.invitedOrganizationIds
          : input.memberships.map((row) => row.organizationId),
      );
      const voting = new Set(
        input.memberships
          .filter((row) => row.votingRight && expected.has(row.organizationId))
          .map((row) => row.organizationId),
      );
      const checkedIn = input.attendances.filter(
        (row) =>
          voting.has(row.organizationId) &&
          (row.status === 'presente' || row.status === 'delegato'),
      ).length;
      const proxies = livePresence(input, now).proxies.length;
      const counted = checkedIn + (input.network.proxiesCountForQuorum ? proxies : 0);
      expect({ seed, present: minutesFigures(input).present }).toEqual({ seed, present: counted });
    }
  });
});
