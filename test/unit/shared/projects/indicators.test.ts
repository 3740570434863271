import { describe, expect, it } from 'vitest';
import { cellKey, reportedPeriods, summarizeIndicator } from '../../../../shared/projects';
import { ids, peopleIndicator, value } from './projectFixtures';

describe('summarizeIndicator', () => {
  const values = [
    value(ids.lead, '2026-Q1', 30),
    value(ids.partner, '2026-Q1', 20),
    value(ids.lead, '2026-Q2', 45),
    value(ids.partner, '2026-Q2', 15),
  ];

  it('sums the values in total, per partner and per period with the cumulative share', () => {
    const summary = summarizeIndicator(peopleIndicator(), values, [ids.lead, ids.partner]);
    expect(summary.total).toBe(110);
    expect(summary.shareOfTarget).toBe(0.55);
    expect(summary.byPartner).toEqual([
      { organizationId: ids.lead, total: 75, shareOfTarget: 0.375 },
      { organizationId: ids.partner, total: 35, shareOfTarget: 0.175 },
    ]);
    expect(summary.byPeriod).toEqual([
      { period: '2026-Q1', total: 50, cumulative: 50, shareOfTarget: 0.25 },
      { period: '2026-Q2', total: 60, cumulative: 110, shareOfTarget: 0.55 },
    ]);
    expect(summary.cells.get(cellKey(ids.partner, '2026-Q2'))).toBe(15);
  });

  it('shows a listed partner with no value as zero and orders periods by time', () => {
    const summary = summarizeIndicator(
      peopleIndicator(),
      [value(ids.lead, '2026-Q3', 5), value(ids.lead, '2025-Q4', 1)],
      [ids.lead, ids.other],
    );
    expect(summary.byPartner.map((row) => row.total)).toEqual([6, 0]);
    expect(summary.byPeriod.map((row) => row.period)).toEqual(['2025-Q4', '2026-Q3']);
  });

  it('counts only the latest value of a partner in a period and ignores archived ones', () => {
    const summary = summarizeIndicator(peopleIndicator(), [
      value(ids.lead, '2026-Q1', 30),
      value(ids.lead, '2026-Q1', 33, { updatedAt: '2026-04-02T10:00:00.000Z' }),
      value(ids.partner, '2026-Q1', 99, { archivedAt: '2026-04-03T10:00:00.000Z' }),
    ]);
    expect(summary.total).toBe(33);
  });

  it('adds decimal values exactly and gives no share for a target of zero', () => {
    const summary = summarizeIndicator(peopleIndicator({ target: 0 }), [
      value(ids.lead, '2026-Q1', 0.1),
      value(ids.partner, '2026-Q1', 0.2),
    ]);
    expect(summary.total).toBe(0.3);
    expect(summary.shareOfTarget).toBeNull();
  });

  it('ignores values of other indicators', () => {
    const summary = summarizeIndicator(peopleIndicator(), [
      value(ids.lead, '2026-Q1', 10, { indicatorId: ids.project }),
    ]);
    expect(summary.total).toBe(0);
    expect(reportedPeriods([summary])).toEqual([]);
  });
});
