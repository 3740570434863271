import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  computeMapMeasures,
  gephiEdgeColumns,
  gephiFileNames,
  gephiNodeColumns,
  nodeSizes,
  writeGephiArchive,
  writeMapSvg,
  type MapEdge,
  type MapModel,
} from '../../../../shared/map';

const node = (id: string, label: string, actionCount = 0) => ({
  id,
  label,
  type: 'cooperativaSociale' as const,
  provincia: 'MI',
  comune: 'Segrate',
  areasOfWork: [],
  notes: '',
  role: 'partner' as const,
  actionCount,
});
const edge = (
  id: string,
  source: string,
  target: string,
  fields: Partial<MapEdge> = {},
): MapEdge => ({
  id,
  source,
  target,
  origin: 'relationship',
  kind: 'convenzione',
  directed: false,
  weight: 1,
  from: null,
  to: null,
  notes: '',
  basis: [],
  ...fields,
});

const model: MapModel = {
  nodes: [node('a', '=HYPERLINK("x")', 3), node('b', 'Coop <B> & "C"', 1), node('c', 'Centro')],
  edges: [
    edge('r1', 'a', 'b', { directed: true, weight: 4, from: '2026-01-01' }),
    edge('project:b:c', 'b', 'c', { origin: 'project', kind: null, weight: 2 }),
  ],
};

/** Reads a CSV with SheetJS, as another program would, into rows of text. */
const readCsv = (text: string): string[][] =>
  XLSX.utils.sheet_to_json<string[]>(XLSX.read(text, { type: 'string', raw: true }).Sheets.Sheet1, {
    header: 1,
    raw: false,
    defval: '',
  });

describe('the Gephi tables', () => {
  const archive = unzipSync(
    writeGephiArchive(model, computeMapMeasures(model), 'it', new Date('2026-03-01T10:00:00Z')),
  );
  const nodes = readCsv(strFromU8(archive[gephiFileNames.nodes]));
  const edges = readCsv(strFromU8(archive[gephiFileNames.edges]));

  it('hold a node table with Id and Label first, and the measures', () => {
    expect(nodes[0]).toEqual([...gephiNodeColumns]);
    expect(nodes).toHaveLength(4);
    const b = nodes.find((row) => row[0] === 'b');
    expect(b?.slice(1, 7)).toEqual([
      'Coop <B> & "C"',
      'Cooperativa sociale',
      'MI',
      'Segrate',
      'Partner',
      '1',
    ]);
    // b links a and c: degree 2, weight 4 + 2, the only bridge.
    expect(b?.slice(7, 10)).toEqual(['2', '6', '1']);
  });

  it('never let a name start a formula', () => {
    expect(nodes.find((row) => row[0] === 'a')?.[1]).toBe(`'=HYPERLINK("x")`);
  });

  it('hold an edge table with Source, Target, Type as direction and Weight', () => {
    expect(edges[0]).toEqual([...gephiEdgeColumns]);
    expect(edges.slice(1)).toEqual([
      ['a', 'b', 'Directed', '4', 'r1', 'Convenzione', 'Relazioni registrate', '2026-01-01', ''],
      ['b', 'c', 'Undirected', '2', 'project:b:c', '', 'Progetti condivisi', '', ''],
    ]);
  });
});

describe('the SVG picture', () => {
  const positions = { a: { x: 0, y: 0 }, b: { x: 100, y: 50 }, c: { x: 200, y: 100 } };
  const sizes = nodeSizes(model, null, 'actions');
  const svg = writeMapSvg({
    model,
    positions,
    sizes,
    width: 1600,
    height: 1000,
    title: 'Mappa & rete',
  });

  it('has the size asked for and a title', () => {
    expect(svg).toMatch(/<svg[^>]* width="1600" height="1000"/);
    expect(svg).toContain('<title>Mappa &amp; rete</title>');
  });

  it('draws every node and link inside the picture, with names escaped', () => {
    const circles = [
      ...svg.matchAll(/<circle data-id="(\w+)" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g),
    ];
    expect(circles.map((match) => match[1])).toEqual(['a', 'b', 'c']);
    for (const [, , x, y] of circles) {
      expect(Number(x)).toBeGreaterThanOrEqual(40);
      expect(Number(x)).toBeLessThanOrEqual(1560);
      expect(Number(y)).toBeGreaterThanOrEqual(40);
      expect(Number(y)).toBeLessThanOrEqual(960);
    }
    // Graph y points up, picture y down: the highest node is drawn nearest the top.
    expect(Number(circles[2][3])).toBeLessThan(Number(circles[0][3]));
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('marker-end="url(#arrow0)"');
    expect(svg).toContain('Coop &lt;B&gt; &amp; &quot;C&quot;');
  });

  it('sizes nodes by the chosen measure', () => {
    expect(sizes.a).toBeGreaterThan(sizes.b);
    expect(sizes.b).toBeGreaterThan(sizes.c);
    const circles = [...svg.matchAll(/<circle data-id="(\w+)"[^>]* r="([\d.]+)"/g)];
    expect(Number(circles[0][2])).toBeCloseTo(sizes.a, 1);
  });
});

describe('nodeSizes', () => {
  it('gives the largest measure the largest size and a zero the smallest', () => {
    const sizes = nodeSizes(model, computeMapMeasures(model), 'betweenness', { min: 2, max: 20 });
    expect(sizes.b).toBe(20);
    expect(sizes.a).toBe(2);
  });

  it('gives every node the same size when asked to', () => {
    const sizes = nodeSizes(model, null, 'uniform');
    expect(new Set(Object.values(sizes)).size).toBe(1);
  });
});
