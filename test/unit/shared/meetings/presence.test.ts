import { describe, expect, it } from 'vitest';
import { presenceAt } from '../../../../shared/meetings/presence';
import { attendanceOf, meetingOn, memberOf, networkWith, organizationId } from './presenceFixtures';

const day = '2026-12-10';
const sixVoters = [1, 2, 3, 4, 5, 6].map((index) => memberOf(index));

describe('presence at a moment of a meeting', () => {
  it('expects only the invited bodies when the meeting has any, and counts the quorum on them', () => {
    const meeting = meetingOn(day, {
      kind: 'tavoloTecnico',
      invitedOrganizationIds: [organizationId(1), organizationId(2), organizationId(3)],
    });
    const attendances = [
      attendanceOf(1, 'presente'),
      attendanceOf(2, 'presente'),
      attendanceOf(5, 'presente'),
    ];
    const presence = presenceAt(
      { meeting, network: networkWith(), memberships: sixVoters, attendances },
      '09:30',
    );
    expect(presence.expectedOrganizationIds).toHaveLength(3);
    expect(presence.presentOrganizationIds.sort()).toEqual([organizationId(1), organizationId(2)]);
    expect(presence.quorum).toMatchObject({ voting: 3, present: 2, required: 2, reached: true });
  });

  it('expects every active member when nobody is invited', () => {
    const presence = presenceAt(
      { meeting: meetingOn(day), network: networkWith(), memberships: sixVoters, attendances: [] },
      null,
    );
    expect(presence.expectedOrganizationIds).toHaveLength(6);
    expect(presence.quorum).toMatchObject({ voting: 6, present: 0, required: 4, reached: false });
  });

  it('counts a proxy for the votes and the quorum only while its holder is present', () => {
    const attendances = [
      attendanceOf(1, 'presente', { departureTime: '11:00' }),
      attendanceOf(2, 'presente'),
      attendanceOf(3, 'presente'),
      attendanceOf(4, 'assenteGiustificato', { proxyOrganizationId: organizationId(1) }),
    ];
    const input = {
      meeting: meetingOn(day),
      network: networkWith(),
      memberships: sixVoters,
      attendances,
    };
    const before = presenceAt(input, '10:00');
    expect(before.proxies).toEqual([
      { fromOrganizationId: organizationId(4), toOrganizationId: organizationId(1) },
    ]);
    expect(before.voters).toBe(4);
    expect(before.quorum).toMatchObject({ present: 4, reached: true });
    const after = presenceAt(input, '11:30');
    expect(after.proxies).toEqual([]);
    expect(after.refusedProxies).toHaveLength(1);
    expect(after.voters).toBe(2);
    expect(after.quorum.reached).toBe(false);
  });

  it("refuses proxies beyond the network's maximum per body, the earliest kept", () => {
    const attendances = [
      attendanceOf(1, 'presente'),
      attendanceOf(4, 'assente', { proxyOrganizationId: organizationId(1) }),
      attendanceOf(5, 'assente', { proxyOrganizationId: organizationId(1) }),
    ];
    const input = {
      meeting: meetingOn(day),
      memberships: sixVoters,
      attendances,
    };
    const one = presenceAt({ ...input, network: networkWith({ maxProxiesPerBody: 1 }) }, null);
    expect(one.proxies.map((proxy) => proxy.fromOrganizationId)).toEqual([organizationId(4)]);
    expect(one.refusedProxies.map((proxy) => proxy.fromOrganizationId)).toEqual([
      organizationId(5),
    ]);
    const two = presenceAt({ ...input, network: networkWith({ maxProxiesPerBody: 2 }) }, null);
    expect(two.voters).toBe(3);
    const none = presenceAt({ ...input, network: networkWith({ maxProxiesPerBody: 0 }) }, null);
    expect(none.voters).toBe(1);
  });

  it('lets proxies vote without counting for the quorum where the network says so', () => {
    const attendances = [
      attendanceOf(1, 'presente'),
      attendanceOf(2, 'presente'),
      attendanceOf(3, 'presente'),
      attendanceOf(4, 'assente', { proxyOrganizationId: organizationId(2) }),
    ];
    const presence = presenceAt(
      {
        meeting: meetingOn(day),
        network: networkWith({ proxiesCountForQuorum: false }),
        memberships: sixVoters,
        attendances,
      },
      null,
    );
    expect(presence.voters).toBe(4);
    expect(presence.quorum).toMatchObject({ present: 3, required: 4, reached: false });
  });

  it('ignores a proxy from a body without voting right or to a body outside the meeting', () => {
    const memberships = [...sixVoters, memberOf(7, false)];
    const meeting = meetingOn(day, {
      invitedOrganizationIds: [1, 2, 3, 7].map(organizationId),
    });
    const attendances = [
      attendanceOf(1, 'presente'),
      attendanceOf(7, 'assente', { proxyOrganizationId: organizationId(1) }),
      attendanceOf(3, 'assente', { proxyOrganizationId: organizationId(5) }),
      attendanceOf(5, 'presente'),
    ];
    const presence = presenceAt(
      { meeting, network: networkWith(), memberships, attendances },
      null,
    );
    expect(presence.proxies).toEqual([]);
    expect(presence.voters).toBe(1);
  });

  it('judges a meeting in second call by the second-call rule where the network sets one', () => {
    const attendances = [attendanceOf(1, 'presente'), attendanceOf(2, 'presente')];
    const input = {
      memberships: sixVoters,
      attendances,
      network: networkWith({ secondCallQuorumRule: 'unTerzo' }),
    };
    expect(presenceAt({ ...input, meeting: meetingOn(day) }, null).quorum).toMatchObject({
      rule: 'maggioranza',
      reached: false,
    });
    expect(
      presenceAt({ ...input, meeting: meetingOn(day, { secondCall: true }) }, null).quorum,
    ).toMatchObject({ rule: 'unTerzo', required: 2, reached: true });
  });

  it('never counts guests, who are recorded on the meeting and not as attendance', () => {
    const meeting = meetingOn(day, {
      guests: [{ name: 'Paola Neri', body: 'Regione Lombardia', role: 'funzionaria' }],
    });
    const presence = presenceAt(
      { meeting, network: networkWith(), memberships: sixVoters, attendances: [] },
      null,
    );
    expect(presence.quorum.present).toBe(0);
  });
});
