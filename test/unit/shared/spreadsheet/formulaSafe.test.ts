import { describe, expect, it } from 'vitest';
import {
  csvField,
  dayCell,
  numberCell,
  startsLikeFormula,
  textCell,
} from '../../../../shared/spreadsheet/formulaSafe';

describe('formula-safe cells', () => {
  it('knows every way a text can start a formula', () => {
    for (const text of ['=1+1', '+39 02 1234', '-5', '@SUM(A1)', '\t=1', '\r=1', '\n=1']) {
      expect(startsLikeFormula(text)).toBe(true);
    }
    for (const text of ['', 'Comune di Segrate', ' =1', '1+1', "'=1"]) {
      expect(startsLikeFormula(text)).toBe(false);
    }
  });

  it('keeps every text, dangerous or not, as a string cell with the text unchanged', () => {
    expect(textCell('=cmd|" /C calc"!A0')).toEqual({ t: 's', v: '=cmd|" /C calc"!A0' });
    expect(textCell('Piano da 751.000 €')).toEqual({ t: 's', v: 'Piano da 751.000 €' });
  });

  it('guards a CSV field with an apostrophe only when it starts like a formula, and always quotes it', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('-2')).toBe(`"'-2"`);
    expect(csvField('@x')).toBe(`"'@x"`);
    expect(csvField('Detto "fatto"')).toBe('"Detto ""fatto"""');
    expect(csvField('Segrate, Milano')).toBe('"Segrate, Milano"');
  });

  it('writes days as Excel serial numbers with no time zone involved', () => {
    expect(dayCell('1900-03-01')).toEqual({ t: 'n', v: 61, z: 'dd/mm/yyyy' });
    expect(dayCell('2026-03-29')).toEqual({ t: 'n', v: 46110, z: 'dd/mm/yyyy' });
    expect(dayCell(null)).toEqual({ t: 's', v: '' });
    expect(dayCell('29/03/2026')).toEqual({ t: 's', v: '' });
  });

  it('writes only finite numbers as numbers', () => {
    expect(numberCell(40)).toEqual({ t: 'n', v: 40 });
    expect(numberCell(0.4, '0%')).toEqual({ t: 'n', v: 0.4, z: '0%' });
    expect(numberCell(Number.NaN)).toEqual({ t: 's', v: '' });
  });
});
