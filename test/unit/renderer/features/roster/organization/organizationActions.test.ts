import { describe, expect, it } from 'vitest';
import {
  loadOrganizationActions,
  memberNetworkIds,
} from '../../../../../../renderer/features/roster/organization/useOrganizationRecords';
import { actionWith, afol, segrate } from '../../../../shared/actions/actionFixture';
import { createTestContext } from '../../../db/testDatabase';

const sudEst = '11111111-1111-4111-8111-111111111111';
const como = '22222222-2222-4222-8222-222222222222';
const lodi = '33333333-3333-4333-8333-333333333333';

describe('the actions an organization’s page lists', () => {
  it('are the live actions it owns or supports in its networks, and no other', async () => {
    const { db } = createTestContext();
    const owned = actionWith({
      title: 'Sportello',
      networkId: sudEst,
      ownerOrganizationId: segrate,
    });
    const supported = actionWith({
      title: 'Tirocini',
      networkId: como,
      ownerOrganizationId: afol,
      supportingOrganizationIds: [afol, segrate],
    });
    const archived = actionWith({
      networkId: sudEst,
      ownerOrganizationId: segrate,
      archivedAt: '2026-02-01T09:00:00.000Z',
    });
    const othersOnly = actionWith({ networkId: sudEst, ownerOrganizationId: afol });
    const supportedElsewhere = actionWith({
      networkId: lodi,
      supportingOrganizationIds: [segrate],
    });
    await db.actions.bulkAdd([owned, supported, archived, othersOnly, supportedElsewhere]);

    const found = await loadOrganizationActions(db, segrate, [sudEst, como]);

    expect(found.map((action) => action.title).sort()).toEqual(['Sportello', 'Tirocini']);
  });

  it('lists each action once when the organization both owns and supports it', async () => {
    const { db } = createTestContext();
    const both = actionWith({
      networkId: sudEst,
      ownerOrganizationId: segrate,
      supportingOrganizationIds: [segrate],
    });
    await db.actions.add(both);
    expect(await loadOrganizationActions(db, segrate, [sudEst])).toEqual([both]);
  });

  it('look in every network the organization has been a member of, each once', () => {
    const membership = (networkId: string) => ({ networkId });
    expect(
      memberNetworkIds({
        memberships: [membership(como), membership(sudEst), membership(como)],
      } as Parameters<typeof memberNetworkIds>[0]),
    ).toEqual([sudEst, como].sort());
  });
});
