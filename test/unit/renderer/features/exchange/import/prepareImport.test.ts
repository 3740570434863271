import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ExchangeBatch } from '../../../../../../shared/domain';
import {
  mergeReturnedWorkbook,
  partnerSheetNames,
  readPartnerWorkbook,
  readSpreadsheet,
  spreadsheetLimits,
} from '../../../../../../shared/exchange';
import { addDataset } from '../../../../../../renderer/db';
import { prepareImport } from '../../../../../../renderer/features/exchange/import/prepareImport';
import { fixtureToday, type CellEdit } from '../../../../shared/exchange/exchangeFixtures';
import { seededImport } from '../seededImport';

type Seeded = Awaited<ReturnType<typeof seededImport>>;

const laterExport = '2026-03-12T10:00:00.000Z';

function editsOf(seeded: Seeded): CellEdit[] {
  const [first] = seeded.fixture.base.sheets.actions;
  if (!first) throw new Error('fixture changed');
  return [
    { sheet: 'actions', id: first.id, field: 'status', value: 'Completata' },
    { sheet: 'actions', id: first.id, field: 'note', value: 'Concluso il 5 marzo' },
  ];
}

/** An export of the fixture's base to `partnerId` at `at`, as the export records it. */
function exportTo(seeded: Seeded, partnerId: string, at: string): ExchangeBatch {
  const id = crypto.randomUUID();
  return {
    id,
    createdAt: at,
    updatedAt: at,
    rev: 1,
    archivedAt: null,
    networkId: seeded.fixture.networkId,
    direction: 'export',
    fileName: `scheda-${id}.xlsx`,
    partnerOrganizationId: partnerId,
    at,
    baseSnapshot: { ...seeded.fixture.base, batchId: id, partnerId, exportedAt: at },
    applied: [],
    undoneAt: null,
    fingerprint: null,
  };
}

/** Another partner of the network than the fixture's. */
function otherPartnerOf(seeded: Seeded): string {
  const other = seeded.fixture.dataset.memberships.find(
    (membership) =>
      membership.networkId === seeded.fixture.networkId &&
      membership.organizationId !== seeded.fixture.partnerId,
  );
  if (!other) throw new Error('demo dataset changed: a single member');
  return other.organizationId;
}

/** Counts the exchange batches the database hands out while `work` runs. */
async function batchesReadDuring<T>(seeded: Seeded, work: () => Promise<T>) {
  let read = 0;
  const count = (batch: ExchangeBatch): ExchangeBatch => {
    read += 1;
    return batch;
  };
  seeded.db.exchangeBatches.hook('reading', count);
  try {
    return { result: await work(), read };
  } finally {
    seeded.db.exchangeBatches.hook('reading').unsubscribe(count);
  }
}

describe('preparing the import of a returned workbook', () => {
  it('reads only its own partner’s batches and reviews it as when the network held no other export', async () => {
    const seeded = await seededImport();
    const bytes = seeded.returnedBytes(editsOf(seeded));
    const alone = await seeded.prepareBytes(bytes);

    const otherPartner = otherPartnerOf(seeded);
    await addDataset(seeded.context, {
      exchangeBatches: Array.from({ length: 5 }, () => exportTo(seeded, otherPartner, laterExport)),
    });
    const { result: amongOthers, read } = await batchesReadDuring(seeded, () =>
      seeded.prepareBytes(bytes),
    );

    expect(read).toBe(1);
    expect(amongOthers.review).toEqual(alone.review);
    expect(amongOthers.base).toEqual(alone.base);
    expect(amongOthers.stale).toBe(false);
  });

  it('still calls the workbook stale when a newer export went to the same partner', async () => {
    const seeded = await seededImport();
    await addDataset(seeded.context, {
      exchangeBatches: [exportTo(seeded, seeded.fixture.partnerId, laterExport)],
    });

    const prepared = await seeded.prepareBytes(seeded.returnedBytes(editsOf(seeded)));

    expect(prepared.stale).toBe(true);
    expect(prepared.base.batchId).toBe(seeded.fixture.base.batchId);
  });

  it('finds the export of a workbook that lost its hidden sheet by its rows among every partner’s exports', async () => {
    const seeded = await seededImport();
    const otherPartner = otherPartnerOf(seeded);
    const other = exportTo(seeded, otherPartner, laterExport);
    // The other partner's export holds none of the fixture's rows.
    other.baseSnapshot = {
      ...other.baseSnapshot,
      sheets: { ...seeded.fixture.base.sheets, actions: [], contacts: [], indicators: [] },
    };
    await addDataset(seeded.context, { exchangeBatches: [other] });
    const grid = readSpreadsheet(seeded.returnedBytes(editsOf(seeded)), spreadsheetLimits);
    const withoutMeta = {
      ...grid,
      sheets: grid.sheets.filter((sheet) => sheet.name !== partnerSheetNames.meta),
    };

    const prepared = await prepareImport(
      seeded.db,
      seeded.fixture.networkId,
      'scheda.csv',
      withoutMeta,
    );

    expect(prepared.base.batchId).toBe(seeded.fixture.base.batchId);
    expect(prepared.review.items.some((item) => item.outcome === 'applied')).toBe(true);
  });
  it('reviews rows moved to another partner or deleted in Regia as a merge over every record would', async () => {
    const seeded = await seededImport();
    const [first, moved, deleted] = seeded.fixture.base.sheets.actions;
    if (!first || !moved || !deleted) throw new Error('fixture changed');
    const edits: CellEdit[] = [first, moved, deleted].map((row) => ({
      sheet: 'actions',
      id: row.id,
      field: 'status',
      value: 'Completata',
    }));
    const otherPartner = otherPartnerOf(seeded);
    const { dataset } = seeded.fixture;
    const movedAction = dataset.actions.find((action) => action.id === moved.id);
    if (!movedAction) throw new Error('fixture changed');
    movedAction.ownerOrganizationId = otherPartner;
    await seeded.db.actions.update(moved.id, { ownerOrganizationId: otherPartner });
    dataset.actions = dataset.actions.filter((action) => action.id !== deleted.id);
    await seeded.db.actions.delete(deleted.id);
    const grid = readSpreadsheet(seeded.returnedBytes(edits), spreadsheetLimits);

    const prepared = await prepareImport(
      seeded.db,
      seeded.fixture.networkId,
      'scheda-restituita.xlsx',
      grid,
      undefined,
      fixtureToday,
    );
    const overEveryRecord = mergeReturnedWorkbook(readPartnerWorkbook(grid), seeded.fixture.base, {
      ...seeded.fixture.current(),
      importedNotes: new Map(),
    });

    expect(prepared.review).toEqual(overEveryRecord);
    const outcomesOf = (id: string) =>
      prepared.review.items.filter((item) => item.recordId === id).map((item) => item.outcome);
    expect(outcomesOf(first.id)).toContain('applied');
    expect(outcomesOf(moved.id)).not.toContain('applied');
    expect(outcomesOf(deleted.id)).not.toContain('applied');
  });
});
