import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../renderer/db';
import { createNetwork } from '../../../../../renderer/features/networks/networkWrites';
import { createTestContext } from '../../db/testDatabase';

describe('the create-network command', () => {
  it('creates a network with its text trimmed and its creation audited', async () => {
    const context = createTestContext();
    const repositories = createRepositories(context);
    const network = await createNetwork(repositories, {
      name: '  Cabina di regia Como ',
      territory: 'Ambito di Como ',
      programme: ' Piano disabili 2026',
    });
    expect(await context.db.networks.get(network.id)).toMatchObject({
      name: 'Cabina di regia Como',
      territory: 'Ambito di Como',
      programme: 'Piano disabili 2026',
      majorityRule: 'semplice',
    });
    const audit = await context.db.auditEntries.toArray();
    expect(audit.map((entry) => [entry.table, entry.operation, entry.recordId])).toEqual([
      ['networks', 'create', network.id],
    ]);
  });

  it('creates nothing without a name', async () => {
    const context = createTestContext();
    const repositories = createRepositories(context);
    await expect(
      createNetwork(repositories, { name: '   ', territory: '', programme: '' }),
    ).rejects.toThrow();
    expect(await context.db.networks.count()).toBe(0);
  });
});
