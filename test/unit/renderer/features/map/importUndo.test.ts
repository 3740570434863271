import 'fake-indexeddb/auto';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  changeCount,
  gephiEdgesCsv,
  gephiNodesCsv,
  gephiPlannerTables,
  planMapImport,
  readGephiTables,
  withGephiTables,
  type GephiTables,
} from '../../../../../shared/map';
import { addDataset, createRepositories, type RegiaDatabase } from '../../../../../renderer/db';
import {
  applyMapImport,
  commitMapImport,
} from '../../../../../renderer/features/map/applyMapImport';
import { undoMapImport } from '../../../../../renderer/features/map/importUndo';
import { readImportContext } from '../../../../../renderer/features/map/readImportContext';
import { demoNetworkMap } from '../../../shared/map/demoMap';
import { createTestContext } from '../../db/testDatabase';

const { demo, network, model } = demoNetworkMap();

/** What the map shows of the network: its members and its own relationships, without write stamps. */
async function visibleMap(db: RegiaDatabase): Promise<unknown> {
  const unstamped = (row: object): object =>
    Object.fromEntries(
      Object.entries(row).filter(([field]) => field !== 'updatedAt' && field !== 'rev'),
    );
  const members = (await db.memberships.where('networkId').equals(network.id).toArray())
    .filter((row) => row.archivedAt === null)
    .map((row) => row.organizationId)
    .sort();
  const organizations = await db.organizations.bulkGet(members);
  const relationships = (await db.relationships.where('networkId').equals(network.id).toArray())
    .filter((row) => row.archivedAt === null)
    .sort((first, second) => first.id.localeCompare(second.id));
  return {
    organizations: organizations.map((row) => (row ? unstamped(row) : null)),
    relationships: relationships.map(unstamped),
  };
}

const idOf = (label: string): string => {
  const node = model.nodes.find((row) => row.label === label);
  if (!node) throw new Error(`no node ${label}`);
  return node.id;
};

/** Gephi's two tables edited elsewhere: a node renamed, a node added, an edge added. */
function editedTables(): GephiTables {
  const nodeLines = gephiNodesCsv(model, null, 'it').trimEnd().split('\r\n');
  const paullo = nodeLines.find((line) => line.includes('"Comune di Paullo"')) ?? '';
  const renamed = nodeLines.map((line) =>
    line === paullo ? line.replace('"Comune di Paullo"', '"Comune di Paullo – capofila"') : line,
  );
  const added = paullo
    .replace(/^"[^"]*"/, '""')
    .replace('"Comune di Paullo"', '"Cooperativa Il Ponte"');
  const nodes = [...renamed, added].join('\r\n');
  const edges = `${gephiEdgesCsv(model, 'it').trimEnd()}\r\n${idOf('Comune di Rodano')},${idOf('Comune di Carpiano')},Undirected,4,,Co-progettazione,,,\r\n`;
  const read = (name: string, text: string): GephiTables => {
    const tables = readGephiTables(name, strToU8(text));
    if (!tables) throw new Error(`${name} unreadable`);
    return tables;
  };
  return withGephiTables(read('nodi.csv', nodes), read('archi.csv', edges));
}

async function seeded() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  await addDataset(context, demo, { source: 'demo' });
  return { context, db: context.db, repositories };
}

async function importEdited(
  setup: Awaited<ReturnType<typeof seeded>>,
  batchId: string,
): Promise<number> {
  const tables = gephiPlannerTables(editedTables());
  const plan = planMapImport(tables, await readImportContext(setup.db, network.id, tables));
  await applyMapImport(setup.context, setup.repositories, plan, batchId);
  return changeCount(plan);
}

const batchId = '99999999-0000-4000-8000-000000000001';

describe('undoing a map import', () => {
  it('brings back exactly the nodes and edges the map showed before, and a second undo changes nothing', async () => {
    const setup = await seeded();
    // An archived relationship the file still lists: the import brings it back, the undo archives it again.
    const [archived] = await setup.db.relationships.where('networkId').equals(network.id).toArray();
    if (!archived) throw new Error('the demo network has no relationship');
    await setup.repositories.relationships.archive(archived.id);
    const before = await visibleMap(setup.db);

    // Renamed node, new node and its membership, new edge, restored edge.
    expect(await importEdited(setup, batchId)).toBe(5);
    expect(await visibleMap(setup.db)).not.toEqual(before);

    const outcome = await undoMapImport(setup.db, setup.repositories, batchId);
    expect(outcome).toEqual({ undone: 5, kept: 0 });
    expect(await visibleMap(setup.db)).toEqual(before);

    expect(await undoMapImport(setup.db, setup.repositories, batchId)).toEqual({
      undone: 0,
      kept: 0,
    });
    expect(await visibleMap(setup.db)).toEqual(before);
  });

  it('leaves a field someone changed after the import as they left it, and undoes the rest', async () => {
    const setup = await seeded();
    await importEdited(setup, batchId);
    const paullo = idOf('Comune di Paullo');
    await setup.repositories.organizations.update(paullo, { name: 'Comune di Paullo (MI)' });

    const outcome = await undoMapImport(setup.db, setup.repositories, batchId);
    expect(outcome.kept).toBe(1);
    expect((await setup.db.organizations.get(paullo))?.name).toBe('Comune di Paullo (MI)');
    const names = (await setup.db.organizations.toArray())
      .filter((row) => row.archivedAt === null)
      .map((row) => row.name);
    expect(names).not.toContain('Cooperativa Il Ponte');
  });
});

describe('confirming a map import', () => {
  it('takes the safety copy before writing anything, then writes the plan as one batch', async () => {
    const setup = await seeded();
    const tables = gephiPlannerTables(editedTables());
    const plan = planMapImport(tables, await readImportContext(setup.db, network.id, tables));
    const before = await visibleMap(setup.db);
    let seenBySafetyCopy: unknown = null;
    const batch = await commitMapImport(setup.context, setup.repositories, plan, async () => {
      seenBySafetyCopy = await visibleMap(setup.db);
    });
    expect(seenBySafetyCopy).toEqual(before);
    const written = await setup.db.auditEntries.where('batchId').equals(batch).count();
    expect(written).toBe(changeCount(plan));
  });

  it('imports nothing when the safety copy cannot be written', async () => {
    const setup = await seeded();
    const tables = gephiPlannerTables(editedTables());
    const plan = planMapImport(tables, await readImportContext(setup.db, network.id, tables));
    const before = await visibleMap(setup.db);
    await expect(
      commitMapImport(setup.context, setup.repositories, plan, () =>
        Promise.reject(new Error('disco pieno')),
      ),
    ).rejects.toThrow('disco pieno');
    expect(await visibleMap(setup.db)).toEqual(before);
  });
});
