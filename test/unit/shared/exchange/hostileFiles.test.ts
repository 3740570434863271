import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import {
  mergeReturnedWorkbook,
  readPartnerWorkbook,
  runSpreadsheetJob,
  spreadsheetLimits,
  writePartnerWorkbook,
  type SpreadsheetJobResult,
} from '../../../../shared/exchange';
import { translate } from '../../../../shared/i18n';
import {
  encryptedWorkbook,
  fourGigabyteEntry,
  longStringCsv,
  lyingZipBomb,
  millionRowsCsv,
  prototypeHeadersCsv,
  prototypePollutionWorkbook,
  renamedImage,
  truncatedWorkbook,
  windows1252Csv,
  zipBomb,
} from '../../../fixtures/hostile/hostileFiles';
import { partnerFixture, proposedItems } from './exchangeFixtures';

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

function problemMessage(result: SpreadsheetJobResult): string {
  if (result.ok) throw new Error('the file was accepted');
  return translate('it', `exchange.problem.${result.problem.code}`, result.problem.params);
}

/** Reads a file the way the worker does and checks how long it took. */
function readTimed(bytes: Uint8Array): SpreadsheetJobResult {
  const started = performance.now();
  const result = runSpreadsheetJob(bytes, spreadsheetLimits);
  expect(performance.now() - started).toBeLessThan(spreadsheetLimits.timeLimitMs / 4);
  return result;
}

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
});

describe('hostile and broken spreadsheets', () => {
  it('reads a CVE-2023-30533 style workbook without touching any prototype, and matches none of its rows', () => {
    const result = readTimed(prototypePollutionWorkbook());
    if (!result.ok) throw new Error(problemMessage(result));
    const fixture = partnerFixture();
    const review = mergeReturnedWorkbook(
      readPartnerWorkbook(result.grid),
      fixture.base,
      fixture.current(),
    );
    expect(review.items.map((item) => [item.outcome, item.reason, item.cellText])).toEqual([
      ['rejected', 'unknownId', '__proto__'],
    ]);
    expect(Object.getPrototypeOf(result.grid.sheets)).toBe(Array.prototype);
  });

  it('refuses a small file that inflates to hundreds of megabytes before inflating it', () => {
    const bomb = zipBomb(400);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(problemMessage(readTimed(bomb))).toMatch(
      /occuperebbe 397 MB \(il massimo è 256 MB\): potrebbe essere un file ostile/,
    );
  });

  it('catches a zip bomb that lies about its size while counting, before the parser inflates it', () => {
    expect(problemMessage(readTimed(lyingZipBomb(400)))).toMatch(/dichiara dimensioni false/);
  });

  it('refuses a zip entry declaring 4 GB from the directory alone', () => {
    expect(problemMessage(readTimed(fourGigabyteEntry()))).toMatch(/occuperebbe 4097 MB/);
  });

  it('explains that a truncated workbook is damaged', () => {
    const fixture = partnerFixture();
    expect(
      problemMessage(readTimed(truncatedWorkbook(writePartnerWorkbook(fixture.base)))),
    ).toMatch(/^Il file è danneggiato o incompleto/);
  });

  it('asks for a password-protected file to be saved without a password', () => {
    expect(problemMessage(readTimed(encryptedWorkbook()))).toMatch(/protetto da password/);
  });

  it('recognises an image renamed .xlsx as not a spreadsheet', () => {
    expect(problemMessage(readTimed(renamedImage()))).toMatch(/non è un foglio di calcolo/);
  });

  it('says a partner sheet with only headers has nothing to import', () => {
    const result = readTimed(
      new TextEncoder().encode('Titolo;Stato;Avanzamento (%);Nota di aggiornamento;ID\n'),
    );
    if (!result.ok) throw new Error(problemMessage(result));
    expect(() => readPartnerWorkbook(result.grid)).toThrow(
      expect.objectContaining({ code: 'headersOnly' }),
    );
  });

  it('keeps headers named __proto__, constructor and prototype as plain text', () => {
    const result = readTimed(prototypeHeadersCsv());
    if (!result.ok) throw new Error(problemMessage(result));
    expect(result.grid.sheets[0]?.rows[0]).toEqual([
      '__proto__',
      'constructor',
      'prototype',
      'hasOwnProperty',
      'toString',
    ]);
    expect(() => readPartnerWorkbook(result.grid)).toThrow(
      expect.objectContaining({ code: 'notPartnerWorkbook' }),
    );
  });

  it('refuses a cell with a text longer than a spreadsheet cell can hold, naming the cell', () => {
    expect(problemMessage(readTimed(longStringCsv()))).toMatch(
      /La cella .*R2C2 contiene un testo troppo lungo \(100\.000 caratteri; il massimo è 32\.767\)/,
    );
  });

  it('refuses a million rows by counting them before parsing', () => {
    expect(problemMessage(readTimed(millionRowsCsv()))).toMatch(
      /troppe righe \(il massimo è 100000\)/,
    );
  });

  it('reads a CSV saved in Windows-1252 with its accented letters', () => {
    const result = readTimed(windows1252Csv());
    if (!result.ok) throw new Error(problemMessage(result));
    expect(result.grid.sheets[0]?.rows[1]?.[0]).toBe('Società Cooperativa Sociale Àncora');
  });

  it('refuses formula cells whose cached value disagrees with the formula, naming the cell', () => {
    const fixture = partnerFixture();
    const first = fixture.base.sheets.actions[0];
    const workbook = XLSX.read(writePartnerWorkbook(fixture.base), { type: 'array' });
    const sheet = workbook.Sheets.Azioni;
    if (!first || !sheet) throw new Error('fixture changed');
    // The file says 100 was computed, but the formula gives 2: Regia trusts neither.
    sheet.E2 = { t: 'n', v: 100, f: '1+1' };
    sheet.D2 = { t: 's', v: 'Completata', f: 'IF(TRUE(),"Completata","In corso")' };
    const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
    if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');
    const result = readTimed(new Uint8Array(written));
    if (!result.ok) throw new Error(problemMessage(result));
    const review = mergeReturnedWorkbook(
      readPartnerWorkbook(result.grid),
      fixture.base,
      fixture.current(),
    );
    expect(
      proposedItems(review).map((item) => [item.outcome, item.rowNumber, item.column, item.reason]),
    ).toEqual([
      ['rejected', 2, 'Stato', 'formula'],
      ['rejected', 2, 'Avanzamento (%)', 'formula'],
    ]);
    expect(translate('it', 'exchange.reason.formula')).toMatch(/contiene una formula/);
  });

  it('treats an empty file as an error, never as nothing to change', () => {
    expect(problemMessage(readTimed(new Uint8Array(0)))).toBe(
      'Il file è vuoto: non contiene nessun dato.',
    );
  });
});
