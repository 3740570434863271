import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  readSpreadsheet,
  spreadsheetLimits,
  writeXlsx,
} from '../../../../shared/exchange';
import { csvField } from '../../../../shared/spreadsheet/formulaSafe';

const dangerous = [
  '=HYPERLINK("http://example.invalid","clic")',
  '+39 02 1234567',
  '-3 giorni',
  '@SOMMA(A1)',
  '\tcon tabulazione',
  '\rcon ritorno a capo',
  '\ncon nuova riga',
  "'=già protetto",
];

function workbookWith(texts: readonly string[]): Uint8Array {
  return writeXlsx({
    title: 'Prova',
    sheets: [
      {
        kind: 'table',
        name: 'Testi',
        columns: [{ header: 'Testo', width: 40, format: 'text', editable: true }],
        rows: texts.map((text) => [text]),
      },
    ],
  });
}

describe('formula-safe cells', () => {
  it('writes texts starting like a formula as string cells with no formula and quote prefix', () => {
    const workbook = XLSX.read(workbookWith(dangerous), {
      type: 'array',
      cellFormula: true,
      cellStyles: true,
    });
    const sheet = workbook.Sheets.Testi;
    if (!sheet) throw new Error('sheet missing');
    dangerous.forEach((text, index) => {
      const cell: unknown = sheet[`A${index + 2}`];
      expect(cell).toMatchObject({ t: 's', v: text });
      expect(cell).not.toHaveProperty('f');
    });
  });

  it('marks risky text cells with quotePrefix so Excel keeps them as text when edited', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(workbookWith(['=1+1', 'testo normale']));
    const styles = strFromU8(files['xl/styles.xml'] ?? new Uint8Array());
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const styleOf = (reference: string): number =>
      Number(new RegExp(`r="${reference}" s="(\\d+)"`).exec(sheet)?.[1]);
    const xfs = [...styles.matchAll(/<xf [^>]*?\/?>/g)].map((match) => match[0]).slice(1);
    expect(xfs[styleOf('A2')]).toContain('quotePrefix="1"');
    expect(xfs[styleOf('A3')]).not.toContain('quotePrefix');
    expect(sheet).not.toContain('<f>');
  });

  it('brings every text back exactly, round trip after round trip, without piling up apostrophes', () => {
    let texts = dangerous;
    for (let round = 0; round < 3; round += 1) {
      const grid = readSpreadsheet(workbookWith(texts), spreadsheetLimits);
      texts = (grid.sheets[0]?.rows.slice(1) ?? []).map((row) => cellText(row[0] ?? null));
    }
    expect(texts).toEqual(dangerous);
  });

  it('guards CSV fields with one apostrophe that the import removes again', () => {
    // Including a text that itself starts with an apostrophe before the formula character.
    const plain = dangerous;
    const csv = `Testo\n${plain.map(csvField).join('\n')}\n`;
    const workbook = XLSX.read(csv, { type: 'string', raw: true, cellFormula: true });
    const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('sheet missing');
    plain.forEach((text, index) => {
      const cell: unknown = sheet[`A${index + 2}`];
      expect(cell).not.toHaveProperty('f');
      expect(cell).toMatchObject({ v: `'${text}` });
    });
    const grid = readSpreadsheet(new TextEncoder().encode(csv), spreadsheetLimits);
    expect(grid.sheets[0]?.rows.slice(1).map((row) => cellText(row[0] ?? null))).toEqual(plain);
  });
});
