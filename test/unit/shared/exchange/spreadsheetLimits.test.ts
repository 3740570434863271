import { unzipSync, zipSync, type Zippable } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  runSpreadsheetJob,
  spreadsheetLimits,
  writePartnerWorkbook,
  type SpreadsheetJobResult,
  type SpreadsheetLimits,
} from '../../../../shared/exchange';
import { translate } from '../../../../shared/i18n';
import { replaceEntry } from '../../../fixtures/hostile/handMadeZip';
import { partnerFixture } from './exchangeFixtures';

function problemMessage(result: SpreadsheetJobResult): string {
  if (result.ok) throw new Error('the file was accepted');
  return translate('it', `exchange.problem.${result.problem.code}`, result.problem.params);
}

function cellCount(result: SpreadsheetJobResult): number {
  if (!result.ok) throw new Error(problemMessage(result));
  return result.grid.sheets
    .flatMap((sheet) => sheet.rows.flat())
    .filter((cell) => cell !== null && cell !== '').length;
}

function limitsWith(overrides: Partial<SpreadsheetLimits>): SpreadsheetLimits {
  return { ...spreadsheetLimits, ...overrides };
}

/** An xlsx written by SheetJS with sheets of `rows` × `columns` filled cells each. */
function filledWorkbook(sheets: number, rows: number, columns: number): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (let sheet = 1; sheet <= sheets; sheet += 1) {
    const cells = Array.from({ length: rows }, (_, row) =>
      Array.from({ length: columns }, (_, column) => `R${row + 1}C${column + 1}`),
    );
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(cells), `Foglio${sheet}`);
  }
  const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');
  return new Uint8Array(written);
}

/** A real partner workbook, stored uncompressed, with `extra` small parts added. */
function workbookWithParts(extra: number): Uint8Array {
  const parts: Zippable = { ...unzipSync(writePartnerWorkbook(partnerFixture().base)) };
  for (let index = 1; index <= extra; index += 1)
    parts[`xl/media/parte${index}.bin`] = new Uint8Array([index % 256]);
  return zipSync(parts, { level: 0 });
}

describe('the size of a file', () => {
  it('refuses a file over the real limit of 50 MB before reading a byte of it', () => {
    const started = performance.now();
    const result = runSpreadsheetJob(
      new Uint8Array(spreadsheetLimits.maxFileBytes + 1),
      spreadsheetLimits,
    );
    expect(problemMessage(result)).toBe(
      'Il file è troppo grande (51 MB; il massimo è 50 MB). Nessun dato è stato modificato.',
    );
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('accepts a file of exactly the largest size and refuses one byte less of room', () => {
    const bytes = writePartnerWorkbook(partnerFixture().base);
    expect(runSpreadsheetJob(bytes, limitsWith({ maxFileBytes: bytes.byteLength })).ok).toBe(true);
    const refused = runSpreadsheetJob(bytes, limitsWith({ maxFileBytes: bytes.byteLength - 1 }));
    expect(refused).toMatchObject({ ok: false, problem: { code: 'fileTooLarge' } });
  });
});

describe('the number of cells', () => {
  it('counts filled cells over the whole workbook, not sheet by sheet', () => {
    // Two sheets of 60 cells: each is under a limit of 100, together they are over it.
    const bytes = filledWorkbook(2, 6, 10);
    expect(problemMessage(runSpreadsheetJob(bytes, limitsWith({ maxCells: 100 })))).toBe(
      'Il file ha troppe celle (il massimo è 100, contando anche quelle vuote fra la colonna A e l’ultima cella di ogni riga). Nessun dato è stato modificato.',
    );
    expect(cellCount(runSpreadsheetJob(bytes, limitsWith({ maxCells: 120 })))).toBe(120);
  });

  it('counts the cells of a CSV too, the empty ones between filled cells included', () => {
    const csv = `${Array.from({ length: 50 }, (_, row) => `Ente ${row};;Segrate`).join('\n')}\n`;
    const bytes = new TextEncoder().encode(csv);
    expect(cellCount(runSpreadsheetJob(bytes, limitsWith({ maxCells: 150 })))).toBe(100);
    expect(runSpreadsheetJob(bytes, limitsWith({ maxCells: 149 }))).toMatchObject({
      ok: false,
      problem: { code: 'tooManyCells', params: { limit: 149 } },
    });
  });
});

describe('the number of parts inside a zip-based file', () => {
  it('refuses more than the real limit of 1,000 parts from the directory, before inflating any', () => {
    const parts = workbookWithParts(spreadsheetLimits.maxZipEntries);
    // A sheet that cannot be inflated: were it inflated, the file would be called damaged.
    const garbled = replaceEntry(
      parts,
      'xl/worksheets/sheet2.xml',
      new Uint8Array([0xff, 0xfe, 0xfd, 0xfc]),
      100,
    );
    const started = performance.now();
    const message = problemMessage(runSpreadsheetJob(garbled, spreadsheetLimits));
    expect(message).toMatch(
      /^Il file contiene troppe parti interne \(\d+; il massimo è 1000\): non sembra un foglio di calcolo normale\./,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(
      runSpreadsheetJob(
        garbled,
        limitsWith({ maxZipEntries: 2 * spreadsheetLimits.maxZipEntries }),
      ),
    ).toMatchObject({ ok: false, problem: { code: 'damaged' } });
  });

  it('reads a workbook with as many parts as allowed and refuses one part more', () => {
    const bytes = workbookWithParts(20);
    const count = Object.keys(unzipSync(bytes)).length;
    expect(runSpreadsheetJob(bytes, limitsWith({ maxZipEntries: count })).ok).toBe(true);
    expect(runSpreadsheetJob(bytes, limitsWith({ maxZipEntries: count - 1 }))).toMatchObject({
      ok: false,
      problem: { code: 'tooManyEntries', params: { count, limit: count - 1 } },
    });
  });
});
