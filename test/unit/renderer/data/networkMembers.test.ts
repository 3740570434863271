import { describe, expect, it } from 'vitest';
import { readNetworkMembers } from '../../../../renderer/data/networkMembers';
import { nextId, organizationOf, recordOf } from '../../shared/roster/rosterRecords';
import { createTestContext } from '../db/testDatabase';

const archived = '2026-02-01T09:00:00.000Z';

describe('the members of a network', () => {
  it('are the organizations of its live memberships, archived ones left out, sorted by name', async () => {
    const { db } = createTestContext();
    const networkId = nextId();
    const otherNetworkId = nextId();
    const segrate = organizationOf({ name: 'Comune di Segrate' });
    const afol = organizationOf({ name: 'AFOL Metropolitana' });
    const leftNetwork = organizationOf({ name: 'Cooperativa Uscita' });
    const closedDown = organizationOf({ name: 'Ente Chiuso', archivedAt: archived });
    const elsewhere = organizationOf({ name: 'Comune di Pioltello' });
    const member = (
      organizationId: string,
      network = networkId,
      archivedAt: string | null = null,
    ) =>
      recordOf('memberships', {
        networkId: network,
        organizationId,
        archivedAt,
        role: 'partner',
        votingRight: true,
      });
    await db.organizations.bulkAdd([segrate, afol, leftNetwork, closedDown, elsewhere]);
    await db.memberships.bulkAdd([
      member(segrate.id),
      member(afol.id),
      member(leftNetwork.id, networkId, archived),
      member(closedDown.id),
      member(elsewhere.id, otherNetworkId),
      member(nextId()),
    ]);

    const members = await readNetworkMembers(db, networkId);

    expect(members.map(({ organization }) => organization.name)).toEqual([
      'AFOL Metropolitana',
      'Comune di Segrate',
    ]);
    expect(members.every(({ membership }) => membership.networkId === networkId)).toBe(true);
    db.close();
  });
});
