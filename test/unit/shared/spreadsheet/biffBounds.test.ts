import { describe, expect, it } from 'vitest';
import { runSpreadsheetJob, spreadsheetLimits } from '../../../../shared/exchange';
import { readMapFile } from '../../../../shared/map';
import { checkBiffBounds } from '../../../../shared/spreadsheet/biffBounds';
import {
  cyclicDirectoryXls,
  farRightXls,
  loopingChainXls,
  lyingSizeXls,
  manySheetsXls,
} from '../../../fixtures/hostile/biffFiles';
import { seedWorkbooks } from '../../../fixtures/hostile/mutations';

/** The problem of reading a file, and how long the reading took. */
function timedRead(bytes: Uint8Array): { outcome: unknown; ms: number } {
  const started = performance.now();
  const result = runSpreadsheetJob(bytes, spreadsheetLimits);
  return { outcome: result.ok ? 'ok' : result.problem, ms: performance.now() - started };
}

describe('an xls file checked before SheetJS reads it', () => {
  it('lets a real xls workbook through to the reader', () => {
    const seed = seedWorkbooks().xls;
    expect(() => checkBiffBounds(seed, spreadsheetLimits)).not.toThrow();
    expect(timedRead(seed).outcome).toBe('ok');
  });

  const cases: [string, () => Uint8Array, object][] = [
    [
      'cells in column IV, which SheetJS would build as whole rows of 256',
      () => farRightXls(2_000),
      { code: 'tooManyColumns', params: { sheet: 'Enti', cell: 'IV1', limit: 200 } },
    ],
    [
      'more sheets than the reader accepts',
      () => manySheetsXls(1_001),
      { code: 'tooManyEntries', params: { count: 1_001, limit: 1_000 } },
    ],
    [
      'a stream claiming 2 GB in a file of 9 KB',
      lyingSizeXls,
      { code: 'damaged', params: { details: 'parte interna più grande del file' } },
    ],
    [
      'a chain of sectors that loops back on itself',
      loopingChainXls,
      { code: 'damaged', params: { details: 'catena di settori circolare' } },
    ],
    [
      'a directory whose tree leads back to its root',
      cyclicDirectoryXls,
      { code: 'damaged', params: { details: 'indice delle parti interne circolare' } },
    ],
  ];

  it.each(cases)('refuses %s with the limit it broke, at once', (_, make, problem) => {
    const bytes = make();
    const { outcome, ms } = timedRead(bytes);
    expect(outcome).toMatchObject(problem);
    // A check of the structure, never a parse: far under a second even on a loaded machine.
    expect(ms).toBeLessThan(1_000);
  });

  it('refuses the same files as a map workbook, naming the limit', () => {
    expect(() => readMapFile('mappa.xls', farRightXls(2_000))).toThrow(
      expect.objectContaining({ code: 'tooManyColumns' }),
    );
    expect(() => readMapFile('mappa.xls', loopingChainXls())).toThrow(
      expect.objectContaining({ code: 'damaged' }),
    );
  });
});
