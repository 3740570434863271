import { describe, expect, it } from 'vitest';
import {
  cellText,
  excelSerialToIsoDate,
  parseDayCell,
  parseDayText,
  parseNumberText,
  parsePercentCell,
  unguardCsvText,
} from '../../../../shared/exchange';

describe('dates as people type them', () => {
  it.each([
    ['2026-02-05', '2026-02-05'],
    ['2026-02-05T00:00:00', '2026-02-05'],
    ['05/02/2026', '2026-02-05'],
    ['5/2/2026', '2026-02-05'],
    ['05-02-26', '2026-02-05'],
    ['05.02.2026', '2026-02-05'],
    ['5 febbraio 2026', '2026-02-05'],
    ['5 Febbraio 2026', '2026-02-05'],
    ['giovedì 5 febbraio 2026', '2026-02-05'],
    ['5 feb 2026', '2026-02-05'],
    ['1° marzo 2026', '2026-03-01'],
    ['5 February 2026', '2026-02-05'],
    ['31 dicembre 99', '1999-12-31'],
    ['46058', '2026-02-05'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseDayText(text)).toBe(expected);
  });

  it.each(['31/02/2026', '2026-13-01', 'domani', '5 brumaio 2026', '12'])('refuses %s', (text) => {
    expect(parseDayText(text)).toBeNull();
  });

  it('reads Excel serial dates in both the 1900 and the 1904 date systems', () => {
    expect(excelSerialToIsoDate(46058)).toBe('2026-02-05');
    expect(excelSerialToIsoDate(46058.75)).toBe('2026-02-05');
    expect(excelSerialToIsoDate(44596, true)).toBe('2026-02-05');
    expect(parseDayCell(46058)).toEqual({ ok: true, value: '2026-02-05' });
  });

  it('takes a date-formatted cell as it is and an empty cell as no date', () => {
    expect(parseDayCell({ kind: 'date', value: '2026-02-05' })).toEqual({
      ok: true,
      value: '2026-02-05',
    });
    expect(parseDayCell('  ')).toEqual({ ok: true, value: null });
    expect(parseDayCell({ kind: 'formula', formula: 'TODAY()', cached: 46058 })).toEqual({
      ok: false,
      problem: 'formula',
    });
  });
});

describe('numbers and percentages as people type them', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234', 1234],
    ['0.4', 0.4],
    ['-3', -3],
    ['1 234', 1234],
    ['1.234.567', 1234567],
  ])('reads %s as %d', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(['dodici', '1,2,3,4', '', '12a'])('refuses %s', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it.each([
    [40, 40],
    ['40', 40],
    ['40%', 40],
    ['40 %', 40],
    [0.4, 40],
    ['0,4', 40],
    [{ kind: 'percent', value: 0.4 } as const, 40],
    [1, 1],
    [0, 0],
  ])('reads the percentage %j as %d', (cell, expected) => {
    const parsed = parsePercentCell(cell);
    expect(parsed.ok && parsed.value !== null ? Math.round(parsed.value) : null).toBe(expected);
  });
});

describe('texts coming back from a CSV file', () => {
  it('lose one guard apostrophe before a formula character, never more', () => {
    expect(unguardCsvText("'=SOMMA(A1:A3)")).toBe('=SOMMA(A1:A3)');
    expect(unguardCsvText("''=x")).toBe("'=x");
    expect(unguardCsvText("'-3 giorni")).toBe('-3 giorni');
    expect(unguardCsvText("l'assessore")).toBe("l'assessore");
    expect(unguardCsvText("'ciao")).toBe("'ciao");
  });

  it('are kept exactly when they come from typed cells', () => {
    expect(cellText("'=x")).toBe("'=x");
  });
});
