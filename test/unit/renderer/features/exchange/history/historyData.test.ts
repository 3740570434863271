import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  importKindOf,
  planTableImport,
  readSpreadsheet,
  readTableRows,
  recordedChangeCount,
  spreadsheetLimits,
  suggestMapping,
} from '../../../../../../shared/exchange';
import { changeCount, planMapImport, type KumuTables } from '../../../../../../shared/map';
import { addDataset, createRepositories } from '../../../../../../renderer/db';
import {
  readExchangeBatches,
  undoHistoryImport,
} from '../../../../../../renderer/features/exchange/history/historyData';
import { applyTableImport } from '../../../../../../renderer/features/exchange/table/applyTableImport';
import { commitMapImport } from '../../../../../../renderer/features/map/applyMapImport';
import { undoMapImport } from '../../../../../../renderer/features/map/importUndo';
import { readImportContext } from '../../../../../../renderer/features/map/readImportContext';
import { demoNetworkMap } from '../../../../shared/map/demoMap';
import { createTestContext } from '../../../db/testDatabase';

const { demo, network } = demoNetworkMap();

/** A Kumu workbook naming one new organization of the network. */
const kumu: KumuTables = {
  elements: {
    columns: new Set(['label', 'type']),
    rows: [{ row: 2, cells: { label: 'Cooperativa Il Ponte', type: 'Cooperativa sociale' } }],
  },
  connections: { columns: new Set(['from', 'to']), rows: [] },
};

async function seeded() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  await addDataset(context, demo, { source: 'demo' });
  return { context, db: context.db, repositories };
}

async function importMap(setup: Awaited<ReturnType<typeof seeded>>) {
  const plan = planMapImport(kumu, await readImportContext(setup.db, network.id, kumu));
  const batchId = await commitMapImport(
    setup.context,
    setup.repositories,
    plan,
    () => Promise.resolve(),
    { networkId: network.id, fileName: 'mappa.xlsx' },
  );
  return { plan, batchId };
}

const activeNames = async (setup: Awaited<ReturnType<typeof seeded>>): Promise<string[]> =>
  (await setup.db.organizations.toArray())
    .filter((row) => row.archivedAt === null)
    .map((row) => row.name);

describe('the exchange history', () => {
  it('lists a map import with the count it applied, beside the other imports, newest first', async () => {
    const setup = await seeded();
    const csv = 'Ragione sociale;Comune\nCooperativa Nuova Aurora;Vizzolo Predabissi\n';
    const sheet = readSpreadsheet(new TextEncoder().encode(csv), spreadsheetLimits).sheets[0];
    if (!sheet) throw new Error('no sheet');
    const tablePlan = planTableImport(
      readTableRows(sheet, suggestMapping(['Ragione sociale', 'Comune'])),
      await setup.db.organizations.toArray(),
      await setup.db.contacts.toArray(),
    );
    await applyTableImport(setup.db, setup.repositories, tablePlan, new Map(), {
      networkId: network.id,
      fileName: 'enti.csv',
      addToNetwork: true,
    });
    // The map import comes a moment later, so it is the newest.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { plan, batchId } = await importMap(setup);

    const history = await readExchangeBatches(setup.db, network.id);
    expect(history.map((batch) => [batch.fileName, importKindOf(batch)])).toEqual([
      ['mappa.xlsx', 'map'],
      ['enti.csv', 'table'],
    ]);
    const [mapBatch] = history;
    expect(mapBatch?.id).toBe(batchId);
    expect(changeCount(plan)).toBe(2);
    expect(mapBatch && recordedChangeCount(mapBatch)).toBe(changeCount(plan));
    expect(await readExchangeBatches(setup.db, '00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('undoes a map import from the history as its notice would, and marks it undone', async () => {
    const setup = await seeded();
    const before = await activeNames(setup);
    const { batchId } = await importMap(setup);
    expect(await activeNames(setup)).toContain('Cooperativa Il Ponte');
    const [listed] = await readExchangeBatches(setup.db, network.id);
    if (!listed) throw new Error('the map import is not listed');

    // The map's own undo, which the app loads with the map feature (its page needs WebGL).
    const outcome = await undoHistoryImport(setup.db, setup.repositories, listed, undoMapImport);
    expect(outcome).toEqual({ restored: 2, kept: 0 });
    expect(await activeNames(setup)).toEqual(before);
    expect((await setup.db.exchangeBatches.get(batchId))?.undoneAt).not.toBeNull();
  });
});
