import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  createSeededIdGenerator,
  type Organization,
  type Relationship,
} from '../../../../shared/domain';
import {
  changeCount,
  computeMapMeasures,
  gephiFileNames,
  gephiPlannerTables,
  planMapImport,
  readGephiTables,
  readMapFile,
  withGephiTables,
  writeGephiArchive,
  writeKumuWorkbook,
  type GephiTables,
  type MapImportContext,
} from '../../../../shared/map';
import { demoNetworkMap } from './demoMap';

const { demo, network, memberships, relationships, model, recorded, derived } = demoNetworkMap();
const archive = writeGephiArchive(
  model,
  computeMapMeasures(model),
  'it',
  new Date('2026-03-15T10:00:00Z'),
);
const files = unzipSync(archive);
const nodesCsv = strFromU8(files[gephiFileNames.nodes]);
const edgesCsv = strFromU8(files[gephiFileNames.edges]);

/** The demo network as the database holds it: the map goes back where it came from. */
const homeContext = (): MapImportContext => {
  const memberIds = new Set(memberships.map((membership) => membership.organizationId));
  return {
    networkId: network.id,
    organizations: new Map<string, Organization>(
      demo.organizations.filter((row) => memberIds.has(row.id)).map((row) => [row.id, row]),
    ),
    memberIds,
    relationships: new Map<string, Relationship>(relationships.map((row) => [row.id, row])),
    now: '2026-04-01T08:00:00.000Z',
    newId: createSeededIdGenerator(7),
  };
};

const idOf = (label: string): string => {
  const node = model.nodes.find((row) => row.label === label);
  if (!node) throw new Error(`no node ${label}`);
  return node.id;
};

/** Splits a line of Regia's CSV: every field quoted, commas between. */
const fieldsOf = (line: string): string[] =>
  [...line.matchAll(/"((?:[^"]|"")*)"|(?<=^|,)([^,"]*)(?=,|$)/g)].map((match) =>
    (match[1] ?? match[2] ?? '').replace(/""/g, '"'),
  );

/** A field as Gephi writes it: quoted only when it must be. */
const gephiField = (text: string): string =>
  /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/**
 * A table as Gephi's Data Laboratory exports it after importing Regia's: its own columns first
 * in its own order (with an empty `timeset`), the file's other columns after, weights as decimals.
 */
function asDataLaboratory(csv: string, columns: string[]): string {
  const [header, ...lines] = csv.trim().split('\r\n').map(fieldsOf);
  const order = [...columns, ...header.filter((column) => !columns.includes(column))];
  const rows = lines.map((fields) =>
    order.map((column) => {
      if (column === 'timeset') return '';
      const value = fields[header.indexOf(column)] ?? '';
      return column === 'Weight' && /^\d+$/.test(value) ? `${value}.0` : value;
    }),
  );
  return [order, ...rows].map((row) => row.map(gephiField).join(',')).join('\n') + '\n';
}

const dataLaboratoryNodes = asDataLaboratory(nodesCsv, ['Id', 'Label', 'timeset']);
const dataLaboratoryEdges = asDataLaboratory(edgesCsv, [
  'Source',
  'Target',
  'Type',
  'Id',
  'Label',
  'timeset',
  'Weight',
]);

function read(name: string, text: string): GephiTables {
  const tables = readGephiTables(name, strToU8(text));
  if (!tables) throw new Error(`${name} unreadable`);
  return tables;
}

describe('the Gephi tables read back', () => {
  it('export then import into the same network propose nothing new and nothing changed', () => {
    const file = readMapFile('mappa-rete-gephi-2026-03-15.zip', archive);
    expect(file?.format).toBe('gephi');
    if (file?.format !== 'gephi') return;
    expect(file.gephi.nodes?.rows).toHaveLength(model.nodes.length);
    expect(file.gephi.edges?.rows).toHaveLength(model.edges.length);
    const plan = planMapImport(gephiPlannerTables(file.gephi), homeContext());
    expect(plan.problems).toEqual([]);
    expect(changeCount(plan)).toBe(0);
    expect(plan.organizations.unchanged).toBe(model.nodes.length);
    expect(plan.relationships.unchanged).toBe(recorded.length);
    expect(plan.skippedDerived).toBe(derived.length);
  });

  it('as the pair of CSV files Gephi writes, bring back a renamed node and an added edge as exactly those changes', () => {
    const afol = idOf('AFOL Metropolitana');
    const segrate = idOf('Comune di Segrate');
    const pioltello = idOf('Comune di Pioltello');
    const nodes = dataLaboratoryNodes.replace(
      `${afol},AFOL Metropolitana,`,
      `${afol},AFOL Metropolitana – sede di San Donato,`,
    );
    expect(nodes).not.toBe(dataLaboratoryNodes);
    // Gephi numbers the edges it creates itself.
    const edges = `${dataLaboratoryEdges}${segrate},${pioltello},Undirected,4711,Co-progettazione,,3.5\n`;

    const onlyNodes = read('nodes.csv', nodes);
    expect(onlyNodes.edges).toBeNull();
    const tables = withGephiTables(onlyNodes, read('edges.csv', edges));
    const plan = planMapImport(gephiPlannerTables(tables), homeContext());

    expect(plan.problems).toEqual([]);
    expect(plan.organizations.create).toEqual([]);
    expect(plan.memberships).toEqual([]);
    expect(plan.organizations.update).toEqual([
      expect.objectContaining({
        id: afol,
        fields: ['name'],
        patch: { name: 'AFOL Metropolitana – sede di San Donato' },
        restore: false,
      }),
    ]);
    expect(plan.relationships.update).toEqual([]);
    expect(plan.relationships.create).toHaveLength(1);
    expect(plan.relationships.create[0]).toMatchObject({
      networkId: network.id,
      sourceOrganizationId: segrate,
      targetOrganizationId: pioltello,
      kind: 'coProgettazione',
      directed: false,
      weight: 3.5,
    });
    expect(plan.relationships.create[0].id).not.toBe('4711');
    expect(plan.relationships.unchanged).toBe(recorded.length);
    expect(plan.skippedDerived).toBe(derived.length);

    // Once applied, the same files again: the edge Gephi numbered is the tie it made, not a new one.
    const applied = homeContext();
    const relationshipsNow = new Map(applied.relationships);
    for (const row of plan.relationships.create) relationshipsNow.set(row.id, row);
    const organizationsNow = new Map(applied.organizations);
    for (const change of plan.organizations.update) {
      const row = organizationsNow.get(change.id);
      if (row) organizationsNow.set(change.id, { ...row, ...change.patch });
    }
    const again = planMapImport(gephiPlannerTables(tables), {
      ...applied,
      organizations: organizationsNow,
      relationships: relationshipsNow,
    });
    expect(changeCount(again)).toBe(0);
    expect(again.relationships.unchanged).toBe(recorded.length + 1);
  });

  it('as the edge table alone, resolve both ends among the network and duplicate no relationship', () => {
    const tables = read('archi.csv', edgesCsv);
    expect(tables.nodes).toBeNull();
    const plan = planMapImport(gephiPlannerTables(tables), homeContext());
    expect(changeCount(plan)).toBe(0);
    expect(plan.relationships.unchanged).toBe(recorded.length);
  });

  it('into an empty network, create the organizations and relationships with the ids of the file', () => {
    const context: MapImportContext = {
      ...homeContext(),
      networkId: '11111111-1111-4111-8111-111111111111',
      organizations: new Map(),
      memberIds: new Set(),
      relationships: new Map(),
    };
    const plan = planMapImport(
      gephiPlannerTables(
        withGephiTables(read('n.csv', dataLaboratoryNodes), read('e.csv', dataLaboratoryEdges)),
      ),
      context,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.organizations.create.map((row) => row.id).sort()).toEqual(
      model.nodes.map((node) => node.id).sort(),
    );
    expect(plan.relationships.create.map((row) => row.id).sort()).toEqual(
      recorded.map((edge) => edge.id).sort(),
    );
    const afol = plan.organizations.create.find((row) => row.id === idOf('AFOL Metropolitana'));
    expect(afol).toMatchObject({ type: 'agenziaLavoro', provincia: 'MI' });
  });

  it('report a rejected edge under the file and the column Gephi names', () => {
    const edges = `Source,Target,Type,Weight\n${idOf('Comune di Segrate')},Ente sconosciuto,Directed,1\n${idOf('Comune di Segrate')},${idOf('Comune di Pioltello')},Directed,500\n`;
    const plan = planMapImport(gephiPlannerTables(read('archi.csv', edges)), homeContext());
    expect(
      plan.problems.map(({ sheet, row, column, reason }) => ({ sheet, row, column, reason })),
    ).toEqual([
      { sheet: 'archi.csv', row: 2, column: 'Target', reason: 'unknownElement' },
      { sheet: 'archi.csv', row: 3, column: 'Weight', reason: 'invalidStrength' },
    ]);
  });

  it('read semicolons and the guard apostrophe of a CSV written for a spreadsheet program', () => {
    const tables = read('nodi.csv', `Id;Label\nx;'=Coop\n`);
    expect(tables.nodes?.rows[0]?.cells).toMatchObject({ id: 'x', label: '=Coop' });
  });

  it('tell a Kumu workbook and files that hold no map from Gephi tables', () => {
    const kumu = readMapFile('mappa.xlsx', writeKumuWorkbook(model, 'it'));
    expect(kumu?.format).toBe('kumu');
    expect(readMapFile('note.csv', strToU8('Nome,Cognome\nAnna,Rossi\n'))).toBeNull();
    expect(readMapFile('vuoto.zip', zipSync({ 'leggimi.md': strToU8('niente') }))).toBeNull();
  });
});
