import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  chartSvg,
  documentDocx,
  reportBlocks,
  type DocumentChart,
  type OfficialDocument,
} from '../../../../../shared/documents';
import { quarterlyReport } from '../../../../../shared/projects';
import { comoProject } from '../projectFixtures';
import { secondQuarterInput } from './quarterlyFixture';

const pageLabels = { page: 'pag.', of: 'di' };

/** A real 1×1 PNG: the DOCX writer only embeds it, the browser draws the real one. */
const onePixel = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (character) => character.charCodeAt(0),
);

function chartsOf(document: OfficialDocument): DocumentChart[] {
  return document.blocks.flatMap((block) => (block.kind === 'chart' ? [block.chart] : []));
}

const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

describe('the quarterly report’s charts', () => {
  it('draw spending per voce, planned against spent to the quarter’s end, and indicators against their target, each described in words', () => {
    const document = reportBlocks('it', quarterlyReport(secondQuarterInput()), null, pageLabels);
    const [spending, indicators] = chartsOf(document);
    expect(spending?.title).toBe('Grafico: spesa per voce, prevista e sostenuta al 30/06/2026');
    expect(plain(spending?.description ?? '')).toBe(
      'Grafico: spesa per voce, prevista e sostenuta al 30/06/2026. ' +
        'Operatori dello sportello: previsto 450.000,00 €, speso 120.000,25 €; ' +
        'Tirocini e borse lavoro: previsto 250.000,00 €, speso 10.000,10 €; ' +
        'Spese generali: previsto 51.000,00 €, speso 0,00 €.',
    );
    expect(indicators?.title).toBe(
      'Grafico: indicatori raggiunti al 30/06/2026 rispetto al target',
    );
    expect(plain(indicators?.description ?? '')).toContain(
      'Persone prese in carico: 95 su 200 (47,5%)',
    );
    expect(indicators?.reference).toEqual({ value: 100, label: 'Target' });
  });

  it('draw spending per partner where the project has no voci di spesa', () => {
    const input = secondQuarterInput({ project: comoProject({ costItems: [] }) });
    const [spending] = chartsOf(reportBlocks('it', quarterlyReport(input), null, pageLabels));
    expect(spending?.title).toBe('Grafico: spesa per partner, prevista e sostenuta al 30/06/2026');
    expect(spending?.rows.map((row) => row.label)).toContain('Azienda sociale comasca e lariana');
  });

  it('are drawn as SVG with a bar and a written value for each figure, and the target line', () => {
    const document = reportBlocks('it', quarterlyReport(secondQuarterInput()), null, pageLabels);
    const [spending, indicators] = chartsOf(document);
    const svg = chartSvg(spending ?? fail());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // Two legend squares, then two bars on each of the three rows.
    expect(svg.match(/<rect /g)).toHaveLength(1 + 2 + 3 * 2);
    expect(plain(svg)).toContain('>120.000,25 €<');
    expect(svg).toContain('>Operatori dello sportello<');
    expect(chartSvg(indicators ?? fail())).toContain('stroke-dasharray');
  });

  it('go into the DOCX as pictures with their alt text, or as their description where no picture was drawn', async () => {
    const document = reportBlocks('it', quarterlyReport(secondQuarterInput()), null, pageLabels);
    const withPictures: OfficialDocument = {
      ...document,
      blocks: document.blocks.map((block) =>
        block.kind === 'chart' ? { ...block, png: onePixel } : block,
      ),
    };
    const files = unzipSync(await documentDocx(withPictures));
    // The writer keeps one copy of identical bytes: both pictures point at the one PNG here.
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toEqual(['word/media/image1.png']);
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml.match(/<a:blip r:embed=/g)).toHaveLength(2);
    const descriptions = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) =>
      plain(match[1] ?? ''),
    );
    expect(descriptions).toHaveLength(2);
    expect(descriptions[0]).toContain('Operatori dello sportello: previsto 450.000,00 €');
    expect(descriptions[1]).toContain('Persone prese in carico: 95 su 200 (47,5%)');

    const withoutPictures = unzipSync(await documentDocx(document));
    expect(Object.keys(withoutPictures).some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(plain(strFromU8(withoutPictures['word/document.xml'] ?? new Uint8Array()))).toContain(
      'Tirocini e borse lavoro: previsto 250.000,00 €, speso 10.000,10 €',
    );
  });
});

function fail(): never {
  throw new Error('chart missing');
}
