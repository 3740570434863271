import { describe, expect, it } from 'vitest';
import { addDataset } from '../../../../../renderer/db';
import { currentNetworkActions } from '../../../../../renderer/features/actions/sharedNetworkActions';
import { prefetchActionsWhenIdle } from '../../../../../renderer/features/overview/prefetchActionsWhenIdle';
import { actionWith } from '../../../shared/actions/actionFixture';
import { createTestContext } from '../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';

describe('prefetchActionsWhenIdle', () => {
  it('leaves the network’s actions ready for the Azioni page once the machine is idle', async () => {
    const context = createTestContext();
    await addDataset(context, {
      actions: [actionWith({ networkId, title: 'Mappatura dei servizi' })],
    });
    expect(currentNetworkActions(context.db, networkId)).toBeUndefined();
    prefetchActionsWhenIdle(context.db, networkId);
    await expect
      .poll(() => currentNetworkActions(context.db, networkId)?.map((action) => action.title), {
        timeout: 10_000,
      })
      .toEqual(['Mappatura dei servizi']);
  });
});
