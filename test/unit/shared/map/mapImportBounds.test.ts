import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readMapFile } from '../../../../shared/map/gephiRead';
import { oneLineCsv, sparseFarRightWorkbook } from '../../../fixtures/hostile/boundsFiles';
import { lyingZipBomb } from '../../../fixtures/hostile/hostileFiles';

describe('map files past the spreadsheet input’s limits', () => {
  it('refuses a Kumu workbook of far-right cells before SheetJS builds it, naming the column limit', () => {
    const bytes = sparseFarRightWorkbook();
    const started = performance.now();
    let refusal: unknown = null;
    try {
      readMapFile('mappa.xlsx', bytes);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'tooManyColumns', params: { cell: 'XFD1' } });
    // A bound against building the sheet, not a speed target: building it takes minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a Gephi table of one endless line, naming the line limit', () => {
    const line = oneLineCsv(2);
    expect(() => readMapFile('nodi.csv', line)).toThrow(
      expect.objectContaining({ code: 'lineTooLong' }),
    );
  });

  it('refuses a zip of Gephi tables that inflates more than it declares, before unpacking it', () => {
    const bomb = lyingZipBomb(100);
    expect(() => readMapFile('tabelle.zip', bomb)).toThrow(
      expect.objectContaining({ code: 'inflatesMoreThanDeclared' }),
    );
    const tooMany = zipSync(
      Object.fromEntries(
        Array.from({ length: 1_001 }, (_, index) => [`t${index}.csv`, new Uint8Array([65])]),
      ),
    );
    expect(() => readMapFile('tabelle.zip', tooMany)).toThrow(
      expect.objectContaining({ code: 'tooManyEntries' }),
    );
  });
});
