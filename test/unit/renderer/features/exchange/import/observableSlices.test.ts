import 'fake-indexeddb/auto';
import Dexie, { type ObservabilitySet } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { ImportPlan, ImportReview } from '../../../../../../shared/exchange';
import { addDataset, createRepositories } from '../../../../../../renderer/db';
import { changedIdsOf } from '../../../../../../renderer/features/actions/networkActions';
import { applyImportPlan } from '../../../../../../renderer/features/exchange/import/applyImport';
import {
  observableRowsLimit,
  observableSliceSize,
  writeInObservableSlices,
} from '../../../../../../renderer/features/exchange/import/observableSlices';
import { actionWith, segrate } from '../../../../shared/actions/actionFixture';
import { createTestContext } from '../../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';
const exportBatchId = '33333333-3333-4333-8333-333333333333';

/** Writes that answer each slice's items doubled, and remember the slices they were given. */
function recordingWrite(): {
  write: (slice: readonly number[]) => Promise<number[]>;
  slices: number[][];
} {
  const slices: number[][] = [];
  return {
    slices,
    write: (slice) => {
      slices.push([...slice]);
      return Promise.resolve(slice.map((item) => item * 2));
    },
  };
}

const numbers = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

describe('writing an import in slices Dexie reports row by row', () => {
  it('writes 120 rows in slices of 49 at most, in order, and answers every result in order', async () => {
    const { write, slices } = recordingWrite();
    const results = await writeInObservableSlices(numbers(120), write);
    expect(slices.map((slice) => slice.length)).toEqual([49, 49, 22]);
    expect(slices.flat()).toEqual(numbers(120));
    expect(results).toEqual(numbers(120).map((item) => item * 2));
  });

  it('writes a small import and one past the limit in one call each', async () => {
    const small = recordingWrite();
    await writeInObservableSlices(numbers(observableSliceSize), small.write);
    const large = recordingWrite();
    await writeInObservableSlices(numbers(observableRowsLimit + 1), large.write);
    expect(small.slices.map((slice) => slice.length)).toEqual([observableSliceSize]);
    expect(large.slices.map((slice) => slice.length)).toEqual([observableRowsLimit + 1]);
  });

  it('tells the pages following the actions exactly which 80 actions an import changed', async () => {
    const context = createTestContext();
    const { db } = context;
    const actions = numbers(80).map(() =>
      actionWith({ networkId, ownerOrganizationId: segrate, progress: 10 }),
    );
    // Actions of the network the import leaves alone.
    const untouched = numbers(20).map(() => actionWith({ networkId }));
    await addDataset(context, { actions: [...actions, ...untouched] });
    const plan: ImportPlan = {
      exportBatchId,
      partnerId: segrate,
      partnerName: 'Comune di Segrate',
      actions: actions.map((action) => ({
        actionId: action.id,
        changes: [{ field: 'progress', from: 10, to: 60 }],
        note: 'Avanzamento di marzo',
      })),
      contacts: [],
      indicatorValues: [],
      newContacts: [],
      newActions: [],
      retiredContacts: [],
      organizations: [],
      newExpenses: [],
    };
    const review: ImportReview = {
      exportBatchId,
      partnerId: segrate,
      partnerName: 'Comune di Segrate',
      items: [],
      counts: { applied: 80, conflict: 0, proposed: 0, new: 0, rejected: 0, unchanged: 0 },
      missingRows: 0,
      missingRowLabels: [],
    };
    const changed: string[][] = [];
    const wholeTable: number[] = [];
    const listener = (parts: ObservabilitySet): void => {
      const part = parts[`idb://${db.name}/actions/`];
      if (!part) return;
      const ids = changedIdsOf(part);
      if (ids === null) wholeTable.push(1);
      else changed.push(ids);
    };
    Dexie.on('storagemutated', listener);
    let batchId: string | undefined;
    try {
      ({ id: batchId } = await applyImportPlan(db, createRepositories(context), plan, {
        networkId,
        fileName: 'scheda-restituita.xlsx',
        review,
        stale: false,
      }));
      await vi.waitFor(() => expect(changed.length + wholeTable.length).toBeGreaterThan(0));
    } finally {
      Dexie.on.storagemutated.unsubscribe(listener);
    }
    expect(wholeTable).toEqual([]);
    expect(changed.flat().sort()).toEqual(actions.map((action) => action.id).sort());
    const stored = await db.actions.bulkGet(actions.map((action) => action.id));
    expect(stored.map((action) => action?.progress)).toEqual(actions.map(() => 60));
    expect(await db.actionUpdates.count()).toBe(80);
    const audit = await db.auditEntries
      .where('batchId')
      .equals(batchId ?? '')
      .toArray();
    expect(audit.filter((entry) => entry.table === 'actions')).toHaveLength(80);
  });
});
