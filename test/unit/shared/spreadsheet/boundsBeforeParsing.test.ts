import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  runSpreadsheetJob,
  spreadsheetLimits,
  type SpreadsheetJobResult,
} from '../../../../shared/exchange';
import { translate } from '../../../../shared/i18n';
import {
  deepXmlWorkbook,
  lastRowWorkbook,
  manyRunsWorkbook,
  manySheetsWorkbook,
  oneLineCsv,
  quotedBracketWorkbook,
  repeatedColumnsOds,
  rowFarBelowWorkbook,
  sparseFarRightWorkbook,
  wideHyperlinkWorkbook,
} from '../../../fixtures/hostile/boundsFiles';

function problemMessage(result: SpreadsheetJobResult): string {
  if (result.ok) throw new Error('the file was accepted');
  return translate('it', `exchange.problem.${result.problem.code}`, result.problem.params);
}

/** Reads a file as the worker does, within a few seconds. */
function readQuickly(bytes: Uint8Array, seconds = 5): SpreadsheetJobResult {
  const started = performance.now();
  const result = runSpreadsheetJob(bytes, spreadsheetLimits);
  expect(performance.now() - started).toBeLessThan(seconds * 1000);
  return result;
}

function workbookBytes(
  rows: readonly (readonly (string | number)[])[],
  bookType: 'xlsx' | 'ods' | 'xls',
): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet(rows.map((row) => [...row])),
    'Enti',
  );
  const written: unknown = XLSX.write(workbook, { type: 'array', bookType });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');
  return new Uint8Array(written);
}

describe('the size of the grid, known before any parser builds it', () => {
  it('refuses ninety thousand rows with one cell in column XFD in well under a second, naming the last column allowed', () => {
    const bytes = sparseFarRightWorkbook();
    expect(bytes.byteLength).toBeLessThan(600 * 1024);
    expect(problemMessage(readQuickly(bytes, 1))).toBe(
      'Il foglio «Foglio1» ha dati nella cella XFD1, oltre l’ultima colonna ammessa (GR, la colonna 200): cancella le celle più a destra e riprova. Nessun dato è stato modificato.',
    );
  });

  it('reads data up to column 200 and refuses a cell in column 201, in xlsx, ods and csv alike', () => {
    const header = Array.from({ length: 200 }, (_, column) => `Colonna ${column + 1}`);
    for (const bookType of ['xlsx', 'ods'] as const) {
      const widest = readQuickly(workbookBytes([header, header], bookType));
      expect(widest.ok && widest.grid.sheets[0]?.rows[1]?.length).toBe(200);
      const tooWide = readQuickly(workbookBytes([[...header, 'oltre'], header], bookType));
      expect(tooWide).toMatchObject({
        ok: false,
        problem: { code: 'tooManyColumns', params: { cell: 'GS1' } },
      });
    }
    const csv = (columns: number): Uint8Array =>
      new TextEncoder().encode(
        `${Array.from({ length: columns }, (_, c) => `c${c}`).join(';')}\nx\n`,
      );
    expect(readQuickly(csv(200)).ok).toBe(true);
    expect(readQuickly(csv(201))).toMatchObject({ ok: false, problem: { code: 'tooManyColumns' } });
  });

  it('refuses a single cell on the last row of a sheet (1,048,576) instead of calling the file empty', () => {
    expect(problemMessage(readQuickly(lastRowWorkbook(), 1))).toBe(
      'Il foglio «Foglio1» ha dati alla riga 1048576, oltre il massimo di 100.000 righe: il file non viene importato, perché nessuna riga va scartata in silenzio. Nessun dato è stato modificato.',
    );
  });

  it('refuses a row beyond the row limit even when the rows above it are fine, never dropping it', () => {
    expect(readQuickly(rowFarBelowWorkbook(150_000), 1)).toEqual({
      ok: false,
      problem: { code: 'rowBeyondLimit', params: { sheet: 'Enti', row: 150_000, limit: 100_000 } },
    });
  });

  it('counts OpenDocument cells repeated across columns as the copies a parser makes', () => {
    expect(readQuickly(repeatedColumnsOds(), 1)).toMatchObject({
      ok: false,
      problem: { code: 'tooManyColumns', params: { sheet: 'Foglio1' } },
    });
  });

  it('reads a cell reference hidden behind a quoted ">" as the parser does', () => {
    expect(readQuickly(quotedBracketWorkbook(), 1)).toMatchObject({
      ok: false,
      problem: { code: 'tooManyColumns', params: { cell: 'XFD1' } },
    });
  });

  it('counts the cells a hyperlink range makes the parser create', () => {
    expect(problemMessage(readQuickly(wideHyperlinkWorkbook(), 1))).toMatch(
      /troppe celle \(il massimo è 3000000, contando anche quelle vuote/,
    );
  });

  it('refuses a one-line CSV of 30 MB from its line length, before any parser sees it', () => {
    expect(problemMessage(readQuickly(oneLineCsv(30), 3))).toBe(
      'La riga 1 del file è troppo lunga (1.000.001 caratteri; il massimo è 1.000.000): forse il file non è un CSV. Nessun dato è stato modificato.',
    );
  });

  it('refuses one cell made of a hundred thousand formatted runs, naming the cell', () => {
    expect(readQuickly(manyRunsWorkbook())).toMatchObject({
      ok: false,
      problem: { code: 'cellTooLong', params: { cell: 'Foglio1!R1C1', length: 300_000 } },
    });
  });

  it('answers deeply nested XML with a problem, not a crash', () => {
    expect(readQuickly(deepXmlWorkbook())).toMatchObject({
      ok: false,
      problem: { code: 'noData' },
    });
  });

  it('reads four hundred small sheets, every one of them', () => {
    const result = readQuickly(manySheetsWorkbook(400), 15);
    expect(result.ok && result.grid.sheets.length).toBe(400);
    expect(result.ok && result.grid.sheets[399]?.rows.length).toBe(10);
  });
});
