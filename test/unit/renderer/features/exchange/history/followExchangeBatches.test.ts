import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { ExchangeBatch } from '../../../../../../shared/domain';
import { addDataset } from '../../../../../../renderer/db';
import { followExchangeBatches } from '../../../../../../renderer/features/exchange/history/followExchangeBatches';
import { createTestContext } from '../../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';
const otherNetworkId = '22222222-2222-4222-8222-222222222222';

let counter = 0;

/** An export batch of the network at the given minute after 10:00 on 10 March 2026. */
function batchAt(minute: number, network: string = networkId): ExchangeBatch {
  counter += 1;
  const at = `2026-03-10T${10 + Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    createdAt: at,
    updatedAt: at,
    rev: 1,
    archivedAt: null,
    networkId: network,
    direction: 'export',
    fileName: `scheda-${minute}.xlsx`,
    partnerOrganizationId: null,
    at,
    baseSnapshot: {},
    applied: [],
    undoneAt: null,
    fingerprint: null,
  };
}

/** How many times the whole network's batches were read through their `networkId` index. */
const wholeReads = (where: { mock: { calls: unknown[][] } }): number =>
  where.mock.calls.filter(([index]) => index === 'networkId').length;

/** Follows the network's batches, remembering the file names of each list handed on. */
async function followed(batches: ExchangeBatch[]) {
  const context = createTestContext();
  const { db } = context;
  await addDataset(context, { exchangeBatches: batches });
  const lists: string[][] = [];
  const reads = {
    whole: vi.spyOn(db.exchangeBatches, 'where'),
    some: vi.spyOn(db.exchangeBatches, 'bulkGet'),
  };
  const stop = followExchangeBatches(db, networkId, (listed) =>
    lists.push(listed.map((batch) => batch.fileName)),
  );
  await vi.waitFor(() => expect(lists.length).toBeGreaterThan(0));
  return { context, db, lists, reads, stop, latest: () => lists.at(-1) };
}

describe('following a network’s exchange history', () => {
  it('lists the network’s batches newest first, and none of another network', async () => {
    const { latest, stop } = await followed([
      batchAt(1),
      batchAt(3),
      batchAt(2, otherNetworkId),
      batchAt(2),
    ]);
    expect(latest()).toEqual(['scheda-3.xlsx', 'scheda-2.xlsx', 'scheda-1.xlsx']);
    stop();
  });

  it('after an import reads only the batch it wrote, not the whole history again', async () => {
    const { context, latest, reads, stop } = await followed([batchAt(1), batchAt(2)]);
    expect(wholeReads(reads.whole)).toBe(1);
    const imported = batchAt(5);
    await addDataset(context, { exchangeBatches: [imported] });
    await vi.waitFor(() => expect(latest()?.[0]).toBe('scheda-5.xlsx'));
    expect(latest()).toEqual(['scheda-5.xlsx', 'scheda-2.xlsx', 'scheda-1.xlsx']);
    expect(wholeReads(reads.whole)).toBe(1);
    expect(reads.some).toHaveBeenLastCalledWith([imported.id]);
    stop();
  });

  it('shows an undo and a removal, and reads everything again after sixty batches written at once', async () => {
    const first = batchAt(1);
    const { context, db, latest, reads, stop } = await followed([first, batchAt(2)]);
    await db.exchangeBatches.update(first.id, { undoneAt: '2026-03-10T11:00:00.000Z' });
    await vi.waitFor(() => expect(reads.some).toHaveBeenCalledTimes(1));
    await db.exchangeBatches.delete(first.id);
    await vi.waitFor(() => expect(latest()).toEqual(['scheda-2.xlsx']));
    const sixty = Array.from({ length: 60 }, (_, index) => batchAt(index + 3));
    await addDataset(context, { exchangeBatches: sixty });
    await vi.waitFor(() => expect(latest()).toHaveLength(61));
    expect(wholeReads(reads.whole)).toBe(2);
    stop();
  });

  it('reads nothing more once stopped', async () => {
    const { context, lists, stop } = await followed([batchAt(1)]);
    stop();
    const handedOn = lists.length;
    await addDataset(context, { exchangeBatches: [batchAt(2)] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lists).toHaveLength(handedOn);
  });
});
