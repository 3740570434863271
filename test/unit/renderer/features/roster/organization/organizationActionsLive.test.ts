import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { Action } from '../../../../../../shared/domain';
import { loadOrganizationActions } from '../../../../../../renderer/features/roster/organization/useOrganizationRecords';
import { actionWith, afol, segrate } from '../../../../shared/actions/actionFixture';
import { createTestContext } from '../../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';

describe('an organization’s actions, live on its page', () => {
  it('are not read again when an import changes other organizations’ actions of the network, and are when one of its own changes', async () => {
    const { db } = createTestContext();
    const supported = actionWith({ networkId, supportingOrganizationIds: [segrate] });
    const others = Array.from({ length: 80 }, () =>
      actionWith({ networkId, ownerOrganizationId: afol }),
    );
    await db.actions.bulkAdd([supported, ...others]);
    const reads = vi.fn<(actions: Action[]) => void>();
    const subscription = liveQuery(() =>
      loadOrganizationActions(db, segrate, [networkId]),
    ).subscribe({ next: reads });
    try {
      await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(1));
      // As an import writes: slices of 49, which Dexie reports row by row.
      const progressed = others.map((action) => ({ ...action, progress: 50, rev: 2 }));
      await db.transaction('rw', db.actions, async () => {
        await db.actions.bulkPut(progressed.slice(0, 49));
        await db.actions.bulkPut(progressed.slice(49));
      });
      await db.actions.put({ ...supported, progress: 30, rev: 2 });
      await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(2));
      expect(reads.mock.lastCall?.[0].map((action) => action.progress)).toEqual([30]);
    } finally {
      subscription.unsubscribe();
    }
  });
});
