import { describe, expect, it } from 'vitest';
import {
  combinePeriods,
  isOutlierValue,
  summarizeIndicator,
  valueProblem,
} from '../../../../shared/projects';
import { ids, peopleIndicator, value } from './projectFixtures';

describe('combinePeriods', () => {
  it('sums flows, takes the most for things counted again, the latest for stocks', () => {
    expect(combinePeriods('sum', [12, 15, 9])).toBe(36);
    expect(combinePeriods('max', [12, 15, 9])).toBe(15);
    expect(combinePeriods('last', [12, 15, 9])).toBe(9);
    expect(combinePeriods('sum', [0.1, 0.2])).toBe(0.3);
    expect(combinePeriods('max', [])).toBe(0);
  });
});

describe('summarizeIndicator with a combination rule', () => {
  const values = [
    value(ids.lead, '2026-Q1', 12),
    value(ids.lead, '2026-Q2', 15),
    value(ids.partner, '2026-Q1', 4),
    value(ids.partner, '2026-Q2', 3),
  ];

  it('does not count "aziende coinvolte" twice across quarters', () => {
    const companies = peopleIndicator({
      name: 'Aziende coinvolte',
      aggregation: 'max',
      target: 40,
    });
    const summary = summarizeIndicator(companies, values, [ids.lead, ids.partner]);
    expect(summary.total).toBe(19);
    expect(summary.byPartner.map((row) => row.total)).toEqual([15, 4]);
    expect(summary.byPeriod.map((row) => [row.period, row.total, row.cumulative])).toEqual([
      ['2026-Q1', 16, 16],
      ['2026-Q2', 18, 19],
    ]);
    expect(summary.shareOfTarget).toBe(19 / 40);
  });

  it('takes the latest to-date figure of each partner for a stock', () => {
    const stock = peopleIndicator({ aggregation: 'last' });
    expect(summarizeIndicator(stock, values, []).total).toBe(18);
  });

  it('still sums flows across quarters', () => {
    expect(summarizeIndicator(peopleIndicator(), values, []).total).toBe(34);
  });
});

describe('indicator value checks', () => {
  const companies = peopleIndicator({ unit: 'aziende', target: 40 });

  it('refuses a quarter after the current one, and not the current one', () => {
    expect(valueProblem(companies, '2027-Q2', 5, '2026-12-05')).toBe('futurePeriod');
    expect(valueProblem(companies, '2026-Q4', 5, '2026-12-05')).toBeNull();
  });

  it('refuses −3 companies, but not a negative change', () => {
    expect(valueProblem(companies, '2026-Q3', -3, '2026-12-05')).toBe('negative');
    expect(
      valueProblem(peopleIndicator({ unit: 'variazione %' }), '2026-Q3', -3, '2026-12-05'),
    ).toBeNull();
  });

  it('flags 99,999 companies against a target of 40, and not 400', () => {
    expect(isOutlierValue(companies, 99_999)).toBe(true);
    expect(isOutlierValue(companies, 400)).toBe(false);
  });
});
