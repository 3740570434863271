import { describe, expect, it } from 'vitest';
import {
  lastClosedQuarter,
  lateOpenPeriods,
  periodOfText,
  periodText,
  reportingPeriodOf,
  reportingQuarterChoices,
} from '../../../../shared/exchange';

describe('the reporting period an export asks for', () => {
  it('is the last closed quarter, not the one containing the day of the export', () => {
    expect(lastClosedQuarter('2026-04-03')).toBe('2026-Q1');
    expect(lastClosedQuarter('2026-06-30')).toBe('2026-Q1');
    expect(lastClosedQuarter('2026-07-01')).toBe('2026-Q2');
    expect(lastClosedQuarter('2026-01-15')).toBe('2025-Q4');
  });

  it('is chosen among the quarter in progress and the closed ones, newest first, the default second', () => {
    const choices = reportingQuarterChoices('2026-04-03', 4);
    expect(choices).toEqual(['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3']);
    expect(choices[1]).toBe(lastClosedQuarter('2026-04-03'));
  });

  it('is, for each indicator, its last own period ending by the quarter’s end', () => {
    expect(reportingPeriodOf('trimestre', '2026-Q1')).toBe('2026-Q1');
    expect(reportingPeriodOf('mese', '2026-Q1')).toBe('2026-03');
    expect(reportingPeriodOf('mese', '2025-Q4')).toBe('2025-12');
    // A yearly indicator reports a whole year: the year before, until its last quarter closes.
    expect(reportingPeriodOf('anno', '2026-Q1')).toBe('2025');
    expect(reportingPeriodOf('anno', '2026-Q4')).toBe('2026');
  });
});

describe('the earlier periods a partner may still report late', () => {
  it('are those of the last year before the reporting period that it has not reported', () => {
    expect(lateOpenPeriods('trimestre', '2026-Q1', null, new Set(['2025-Q3']))).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q4',
    ]);
  });

  it('start no earlier than the project', () => {
    expect(lateOpenPeriods('trimestre', '2026-Q1', '2025-08-15', new Set())).toEqual([
      '2025-Q3',
      '2025-Q4',
    ]);
    expect(lateOpenPeriods('mese', '2026-03', '2026-01-01', new Set(['2026-02']))).toEqual([
      '2026-01',
    ]);
    expect(lateOpenPeriods('trimestre', '2026-Q1', '2026-01-01', new Set())).toEqual([]);
  });

  it('are one year for a yearly indicator', () => {
    expect(lateOpenPeriods('anno', '2025', null, new Set())).toEqual(['2024']);
    expect(lateOpenPeriods('anno', '2025', null, new Set(['2024']))).toEqual([]);
  });
});

describe('a period in the partner’s workbook', () => {
  it('is written in Italian words', () => {
    expect(periodText('2026-Q1')).toBe('1° trimestre 2026');
    expect(periodText('2025-Q4')).toBe('4° trimestre 2025');
    expect(periodText('2026-03')).toBe('marzo 2026');
    expect(periodText('2026')).toBe('anno 2026');
  });

  it('is read back from its words, from the projects’ short labels and from the codes', () => {
    for (const period of ['2026-Q1', '2025-Q4', '2026-03', '2026-12', '2026'])
      expect(periodOfText(periodText(period))).toBe(period);
    expect(periodOfText('1° trim. 2026')).toBe('2026-Q1');
    expect(periodOfText(' 2 TRIMESTRE 2026 ')).toBe('2026-Q2');
    expect(periodOfText('Q3 2026')).toBe('2026-Q3');
    expect(periodOfText('2026-q4')).toBe('2026-Q4');
    expect(periodOfText('03/2026')).toBe('2026-03');
    expect(periodOfText('Marzo 2026')).toBe('2026-03');
  });

  it('is no period when the text names none', () => {
    for (const text of ['', 'primo trimestre', '5° trimestre 2026', '13/2026', 'marzolino 2026'])
      expect(periodOfText(text)).toBeNull();
  });
});
