import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import { readNetworkDirectory } from '../../../../../../renderer/features/meetings/agenda/useNetworkDirectory';
import { invitedMemberships } from '../../../../../../shared/meetings';
import { createTestContext } from '../../../db/testDatabase';

async function networkOfFour() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const names = ['AFOL Metropolitana', 'Comune di Segrate', 'Comune di Rozzano', 'Caritas'];
  const members = [];
  for (const name of names) {
    const organization = await repositories.organizations.create({ name, type: 'comune' });
    await repositories.memberships.create({
      networkId: network.id,
      organizationId: organization.id,
      role: 'partner',
      votingRight: true,
    });
    members.push(organization);
  }
  const meeting = (invitedOrganizationIds: string[]) =>
    repositories.meetings.create({
      networkId: network.id,
      year: 2026,
      number: 1,
      kind: 'tavoloTecnico',
      status: 'bozza',
      date: '2026-04-15',
      invitedOrganizationIds,
    });
  return { db: context.db, network, members, meeting };
}

const idsOf = (rows: readonly { organizationId: string }[]): string[] =>
  rows.map((row) => row.organizationId).toSorted();

describe('the directory of one meeting', () => {
  it('reads only the memberships of the bodies a meeting invites, and invites the same ones', async () => {
    const { db, network, members, meeting } = await networkOfFour();
    const [afol, , rozzano] = members;
    const tavolo = await meeting([afol?.id ?? '', rozzano?.id ?? '']);
    const whole = vi.spyOn(db.memberships, 'where');
    const directory = await readNetworkDirectory(db, network.id, { meeting: tavolo, items: [] });
    expect(whole).not.toHaveBeenCalledWith('networkId');
    expect(idsOf(directory.memberships)).toEqual(
      idsOf([afol, rozzano].map((o) => ({ organizationId: o?.id ?? '' }))),
    );
    const everyone = await readNetworkDirectory(db, network.id);
    expect(idsOf(invitedMemberships(tavolo, directory.memberships))).toEqual(
      idsOf(invitedMemberships(tavolo, everyone.memberships)),
    );
    expect([...directory.organizations.keys()].toSorted()).toEqual(
      [afol?.id, rozzano?.id].toSorted(),
    );
  });

  it('reads every membership of a meeting that invites the whole network', async () => {
    const { db, network, members, meeting } = await networkOfFour();
    const plenary = await meeting([]);
    const directory = await readNetworkDirectory(db, network.id, { meeting: plenary, items: [] });
    expect(idsOf(invitedMemberships(plenary, directory.memberships))).toEqual(
      idsOf(members.map((member) => ({ organizationId: member.id }))),
    );
  });
});
