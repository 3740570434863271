import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  isPeriod,
  periodBounds,
  periodLabel,
  periodOf,
  periodsBetween,
} from '../../../../shared/projects';

describe('periods', () => {
  it('names the month, quarter and year containing a day', () => {
    expect(periodOf('mese', '2026-05-31')).toBe('2026-05');
    expect(periodOf('trimestre', '2026-05-31')).toBe('2026-Q2');
    expect(periodOf('anno', '2026-05-31')).toBe('2026');
  });

  it('lists the periods of a project from its first to its last day', () => {
    expect(periodsBetween('trimestre', '2025-11-15', '2026-06-30')).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
    expect(periodsBetween('mese', '2026-11-01', '2027-01-31')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
    expect(periodsBetween('anno', '2025-03-01', '2026-02-01')).toEqual(['2025', '2026']);
  });

  it('knows the bounds of a period and orders periods by time', () => {
    expect(periodBounds('2024-Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(periodBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodBounds('Q1')).toBeNull();
    expect(['2026-Q2', '2026', '2025-12'].sort(comparePeriods)).toEqual([
      '2025-12',
      '2026',
      '2026-Q2',
    ]);
    expect(['2026-Q2', '2025-12', '2026-Q1'].sort(comparePeriods)).toEqual([
      '2025-12',
      '2026-Q1',
      '2026-Q2',
    ]);
    expect(isPeriod('2026-Q5')).toBe(false);
  });

  it('writes periods for people', () => {
    expect(periodLabel('it', '2026-Q1')).toBe('1° trim. 2026');
    expect(periodLabel('en', '2026-Q1')).toBe('Q1 2026');
    expect(periodLabel('it', '2026-03')).toBe('03/2026');
  });
});
