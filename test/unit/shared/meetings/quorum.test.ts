import { describe, expect, it } from 'vitest';
import type {
  Attendance,
  AttendanceStatus,
  Membership,
  QuorumRule,
} from '../../../../shared/domain';
import { presenceAt } from '../../../../shared/meetings/presence';
import { requiredForQuorum, type QuorumState } from '../../../../shared/meetings/quorum';

const meta = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
};
const day = '2026-03-10';
const networkId = '00000000-0000-4000-8000-000000000000';
const meetingId = '00000000-0000-4000-8000-00000000000f';

const organization = (index: number): string =>
  `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

function member(index: number, votingRight = true, extra: Partial<Membership> = {}): Membership {
  return {
    ...meta,
    id: `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    archivedAt: null,
    networkId,
    organizationId: organization(index),
    role: 'partner',
    votingRight,
    from: null,
    to: null,
    representativeContactIds: [],
    delegateContactIds: [],
    ...extra,
  };
}

function attendance(
  index: number,
  status: AttendanceStatus,
  extra: Partial<Attendance> = {},
): Attendance {
  return {
    ...meta,
    id: crypto.randomUUID(),
    archivedAt: null,
    meetingId,
    organizationId: organization(index),
    contactId: null,
    status,
    delegateName: status === 'delegato' ? 'Mario Rossi' : '',
    arrivalTime: null,
    departureTime: null,
    mode: 'inPresenza',
    people: [],
    delegaAttachmentId: null,
    proxyOrganizationId: null,
    ...extra,
  };
}

/** The quorum of a meeting of the whole network on `day`, through the shared presence function. */
function quorumOf(
  rule: QuorumRule,
  memberships: Membership[],
  attendances: Attendance[],
  meetingDay: string,
  time: string | null = null,
): QuorumState {
  return presenceAt(
    {
      meeting: { date: meetingDay, invitedOrganizationIds: [], secondCall: false },
      network: {
        quorumRule: rule,
        secondCallQuorumRule: null,
        maxProxiesPerBody: 1,
        proxiesCountForQuorum: true,
      },
      memberships,
      attendances,
    },
    time,
  ).quorum;
}

const tenVoters = Array.from({ length: 10 }, (_, index) => member(index + 1));

describe('the quorum of a meeting', () => {
  it('needs more than half of the voting members for a majority, exactly at the threshold', () => {
    const five = [1, 2, 3, 4, 5].map((index) => attendance(index, 'presente'));
    const six = [...five, attendance(6, 'presente')];
    expect(quorumOf('maggioranza', tenVoters, five, day)).toMatchObject({
      voting: 10,
      present: 5,
      required: 6,
      reached: false,
    });
    expect(quorumOf('maggioranza', tenVoters, six, day).reached).toBe(true);
  });

  it('needs at least two thirds for the two-thirds rule, exactly at the threshold', () => {
    const nine = tenVoters.slice(0, 9);
    const five = [1, 2, 3, 4, 5].map((index) => attendance(index, 'presente'));
    expect(quorumOf('dueTerzi', nine, five, day)).toMatchObject({ required: 6, reached: false });
    expect(quorumOf('dueTerzi', nine, [...five, attendance(6, 'presente')], day).reached).toBe(
      true,
    );
    expect(requiredForQuorum('dueTerzi', 10)).toBe(7);
    expect(requiredForQuorum('maggioranza', 9)).toBe(5);
    expect(requiredForQuorum('maggioranza', 0)).toBe(1);
    expect(requiredForQuorum('unTerzo', 10)).toBe(4);
    expect(requiredForQuorum('nessuno', 10)).toBe(1);
  });

  it('counts a delegate for the organization it represents', () => {
    const present = [attendance(1, 'presente'), attendance(2, 'delegato')];
    expect(quorumOf('maggioranza', tenVoters.slice(0, 3), present, day)).toMatchObject({
      present: 2,
      reached: true,
    });
  });

  it('gives one vote per organization whoever and however many represent it', () => {
    const crowd = [attendance(1, 'presente'), attendance(1, 'presente'), attendance(1, 'delegato')];
    expect(quorumOf('maggioranza', tenVoters.slice(0, 3), crowd, day).present).toBe(1);
  });

  it('ignores members without voting right, absent members and organizations outside the network', () => {
    const memberships = [member(1), member(2), member(3), member(4, false), member(5, false)];
    const attendances = [
      attendance(1, 'presente'),
      attendance(2, 'assente'),
      attendance(3, 'assenteGiustificato'),
      attendance(4, 'presente'),
      attendance(5, 'presente'),
      attendance(99, 'presente'),
    ];
    expect(quorumOf('maggioranza', memberships, attendances, day)).toMatchObject({
      voting: 3,
      present: 1,
      required: 2,
      reached: false,
    });
  });

  it('leaves out ended, future and archived memberships', () => {
    const memberships = [
      member(1),
      member(2, true, { to: '2025-12-31' }),
      member(3, true, { from: '2026-06-01' }),
      member(4, true, { archivedAt: '2026-01-02T00:00:00.000Z' }),
    ];
    expect(quorumOf('maggioranza', memberships, [], day).voting).toBe(1);
  });

  it('stops counting a member once it has left, and at a given time counts who was in the room', () => {
    const memberships = tenVoters.slice(0, 2);
    const attendances = [
      attendance(1, 'presente', { arrivalTime: '10:00' }),
      attendance(2, 'presente', { arrivalTime: '10:30', departureTime: '11:30' }),
    ];
    expect(quorumOf('maggioranza', memberships, attendances, day).present).toBe(1);
    expect(quorumOf('maggioranza', memberships, attendances, day, '10:15').present).toBe(1);
    expect(quorumOf('maggioranza', memberships, attendances, day, '11:00').present).toBe(2);
  });
});
