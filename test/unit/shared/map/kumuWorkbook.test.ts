import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createSeededIdGenerator,
  type Organization,
  type Relationship,
} from '../../../../shared/domain';
import {
  changeCount,
  kumuConnectionColumns,
  kumuElementColumns,
  planMapImport,
  readKumuTables,
  writeKumuWorkbook,
  type MapImportContext,
} from '../../../../shared/map';
import { demoNetworkMap } from './demoMap';

const { model, recorded, derived } = demoNetworkMap();
const bytes = writeKumuWorkbook(model, 'it');

const targetNetworkId = '11111111-1111-4111-8111-111111111111';
const emptyContext = (): MapImportContext => ({
  networkId: targetNetworkId,
  organizations: new Map(),
  memberIds: new Set(),
  relationships: new Map(),
  now: '2026-04-01T08:00:00.000Z',
  newId: createSeededIdGenerator(99),
});

/** The context of a second import: everything the first one created is there. */
function contextAfter(first: ReturnType<typeof planMapImport>): MapImportContext {
  return {
    ...emptyContext(),
    organizations: new Map<string, Organization>(
      first.organizations.create.map((organization) => [organization.id, organization]),
    ),
    memberIds: new Set(first.memberships.map((membership) => membership.organizationId)),
    relationships: new Map<string, Relationship>(
      first.relationships.create.map((relationship) => [relationship.id, relationship]),
    ),
  };
}

const folder = mkdtempSync(join(tmpdir(), 'regia-kumu-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the Kumu workbook', () => {
  it('has an elements sheet and a connections sheet with the headers Kumu recognises, as LibreOffice reads it', () => {
    const file = join(folder, 'mappa.xlsx');
    writeFileSync(file, bytes);
    execFileSync(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        folder,
        file,
      ],
      { stdio: 'ignore', timeout: 60_000 },
    );
    const csv = (sheet: string) =>
      readFileSync(
        join(folder, readdirSync(folder).find((name) => name.endsWith(`-${sheet}.csv`)) ?? ''),
        'utf8',
      )
        .trim()
        .split('\n');
    const elements = csv('Elements');
    const connections = csv('Connections');
    expect(elements[0]).toBe(kumuElementColumns.join(','));
    expect(connections[0]).toBe(kumuConnectionColumns.join(','));
    expect(elements).toHaveLength(model.nodes.length + 1);
    expect(connections).toHaveLength(model.edges.length + 1);
    const afol = model.nodes.find((node) => node.label === 'AFOL Metropolitana');
    expect(elements.find((row) => row.startsWith(afol?.id ?? '-'))).toContain(
      'Agenzia per il lavoro (AFOL)',
    );
    expect(elements.join('\n')).toContain('politiche attive|orientamento');
    // From and To hold element IDs.
    const regioneToAfol = connections.find((row) => row.includes('Finanziamento'));
    expect(regioneToAfol?.split(',')[2]).toBe(afol?.id);
  }, 90_000);

  it('comes back into an empty network with the same IDs, derived links left to Regia', () => {
    const tables = readKumuTables(bytes);
    expect(tables).not.toBeNull();
    if (!tables) return;
    const plan = planMapImport(tables, emptyContext());
    expect(plan.problems).toEqual([]);
    expect(plan.organizations.create.map((row) => row.id).sort()).toEqual(
      model.nodes.map((node) => node.id).sort(),
    );
    expect(plan.memberships).toHaveLength(model.nodes.length);
    expect(plan.relationships.create.map((row) => row.id).sort()).toEqual(
      recorded.map((edge) => edge.id).sort(),
    );
    expect(plan.skippedDerived).toBe(derived.length);

    const original = recorded[0];
    const back = plan.relationships.create.find((row) => row.id === original.id);
    expect(back).toMatchObject({
      networkId: targetNetworkId,
      sourceOrganizationId: original.source,
      targetOrganizationId: original.target,
      kind: original.kind,
      directed: original.directed,
      weight: original.weight,
      from: original.from,
      to: original.to,
      notes: original.notes,
    });
    const afol = plan.organizations.create.find((row) => row.name === 'AFOL Metropolitana');
    expect(afol).toMatchObject({ type: 'agenziaLavoro', provincia: 'MI' });
    expect(afol?.areasOfWork).toContain('orientamento');
  });

  it('imported a second time, changes nothing and duplicates nothing', () => {
    const tables = readKumuTables(bytes);
    if (!tables) throw new Error('unreadable');
    const first = planMapImport(tables, emptyContext());
    const second = planMapImport(tables, contextAfter(first));
    expect(changeCount(second)).toBe(0);
    expect(second.organizations.unchanged).toBe(model.nodes.length);
    expect(second.relationships.unchanged).toBe(recorded.length);
  });

  it('after editing elsewhere, brings the changes, the new rows and the rejected cells with their reasons', () => {
    const workbook = XLSX.read(bytes, { type: 'array' });
    const elements = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets.Elements, { header: 1 });
    const connections = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets.Connections, {
      header: 1,
    });
    const afolRow = elements.findIndex((row) => row[1] === 'AFOL Metropolitana');
    const afolId = String(elements[afolRow][0]);
    elements[afolRow][1] = 'AFOL Metropolitana – sede di San Donato';
    elements.push([
      '',
      'Nuova cooperativa',
      'Cooperativa sociale',
      '',
      'inserimento lavorativo|formazione',
      'MI',
    ]);
    connections.push(
      [
        '',
        'Nuova cooperativa',
        afolId,
        'Convenzione',
        'Tirocini',
        '',
        '3,5',
        'undirected',
        '01/02/2026',
        '',
      ],
      ['', 'Nuova cooperativa', afolId, 'Amicizia', '', '', 1],
      ['', afolId, 'Ente sconosciuto', 'Convenzione', '', '', 1],
      ['', 'Nuova cooperativa', afolId, 'Convenzione', '', '', 500],
      ['', 'Nuova cooperativa', afolId, 'Convenzione', '', '', 1, '', '31/02/2026'],
    );
    const edited = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(edited, XLSX.utils.aoa_to_sheet(elements), 'Elements');
    XLSX.utils.book_append_sheet(edited, XLSX.utils.aoa_to_sheet(connections), 'Connections');
    const editedBytes = new Uint8Array(
      XLSX.write(edited, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );

    const tables = readKumuTables(editedBytes);
    if (!tables) throw new Error('unreadable');
    const first = planMapImport(readKumuTables(bytes) ?? tables, emptyContext());
    const plan = planMapImport(tables, contextAfter(first));

    expect(plan.organizations.update).toEqual([
      expect.objectContaining({
        id: afolId,
        fields: ['name'],
        patch: { name: 'AFOL Metropolitana – sede di San Donato' },
      }),
    ]);
    expect(plan.organizations.create).toHaveLength(1);
    const cooperative = plan.organizations.create[0];
    expect(cooperative).toMatchObject({ name: 'Nuova cooperativa', type: 'cooperativaSociale' });
    expect(cooperative.areasOfWork).toEqual(['inserimento lavorativo', 'formazione']);
    expect(plan.memberships.map((row) => row.organizationId)).toEqual([cooperative.id]);

    expect(plan.relationships.create).toHaveLength(1);
    expect(plan.relationships.create[0]).toMatchObject({
      sourceOrganizationId: cooperative.id,
      targetOrganizationId: afolId,
      kind: 'convenzione',
      weight: 3.5,
      from: '2026-02-01',
      to: null,
      notes: 'Tirocini',
    });
    expect(
      plan.problems.map(({ row, column, value, reason }) => ({ row, column, value, reason })),
    ).toEqual([
      { row: connections.length - 3, column: 'Type', value: 'Amicizia', reason: 'unknownKind' },
      {
        row: connections.length - 2,
        column: 'To',
        value: 'Ente sconosciuto',
        reason: 'unknownElement',
      },
      { row: connections.length - 1, column: 'Strength', value: '500', reason: 'invalidStrength' },
      { row: connections.length, column: 'Dal', value: '31/02/2026', reason: 'invalidDate' },
    ]);
  });

  it('refuses bytes that are not a workbook with an elements sheet', () => {
    expect(readKumuTables(new TextEncoder().encode('not, a, map\n1,2,3'))).toBeNull();
    expect(readKumuTables(new Uint8Array())).toBeNull();
  });
});
