import { describe, expect, it } from 'vitest';
import { indicatorValueSchema, type ValueBreakdown } from '../../../../shared/domain';
import { it as italian } from '../../../../shared/i18n/it';
import { en as english } from '../../../../shared/i18n/en';
import {
  breakdownCategories,
  breakdownExcesses,
  summarizeBreakdowns,
} from '../../../../shared/projects';
import { ids, peopleIndicator, stamp, value } from './projectFixtures';

const gender = (women: number, men: number): ValueBreakdown[] => [
  { dimension: 'gender', category: 'women', value: women },
  { dimension: 'gender', category: 'men', value: men },
];

describe('beneficiary breakdowns', () => {
  it('refuses parts that add up to more than the value, dimension by dimension', () => {
    const parts: ValueBreakdown[] = [
      ...gender(12, 10),
      { dimension: 'law68', category: 'article1', value: 20 },
    ];
    expect(breakdownExcesses(20, parts)).toEqual([
      { dimension: 'gender', partsTotal: 22, value: 20 },
    ]);
    expect(breakdownExcesses(22, parts)).toEqual([]);
  });

  it('sums the parts of summed quarters and gives the people not stated, so each dimension adds up', () => {
    const indicator = peopleIndicator({ breakdownDimensions: ['gender'] });
    const rows = summarizeBreakdowns(indicator, [
      value(ids.lead, '2026-Q1', 30, { breakdowns: gender(10, 15) }),
      value(ids.partner, '2026-Q1', 20, { breakdowns: gender(8, 12) }),
      value(ids.lead, '2026-Q2', 45, { breakdowns: gender(20, 20) }),
    ]);
    expect(rows).toEqual([
      { dimension: 'gender', category: 'women', value: 38 },
      { dimension: 'gender', category: 'men', value: 47 },
      { dimension: 'gender', category: 'notStated', value: 10 },
    ]);
  });

  it('takes the parts of the quarter that makes the figure when quarters are not summed', () => {
    const indicator = peopleIndicator({ aggregation: 'max', breakdownDimensions: ['gender'] });
    const rows = summarizeBreakdowns(indicator, [
      value(ids.lead, '2026-Q1', 18, { breakdowns: gender(8, 10) }),
      value(ids.lead, '2026-Q2', 15, { breakdowns: gender(5, 10) }),
    ]);
    expect(rows.map((row) => row.value)).toEqual([8, 10, 0]);
  });

  it('reads a value stored before breakdowns existed as one with none', () => {
    const stored = indicatorValueSchema.parse({
      id: '00000000-0000-4000-8000-0000000000f1',
      createdAt: stamp,
      updatedAt: stamp,
      rev: 1,
      archivedAt: null,
      indicatorId: ids.indicator,
      projectId: ids.project,
      organizationId: ids.lead,
      period: '2026-Q1',
      value: 4,
      note: '',
    });
    expect(stored.breakdowns).toEqual([]);
  });

  it('names every category of every dimension in both languages', () => {
    const keys = Object.entries(breakdownCategories).flatMap(([dimension, categories]) => [
      `projects.breakdown.dimension.${dimension}`,
      ...categories.map((category) => `projects.breakdown.${dimension}.${category}`),
    ]);
    for (const key of keys) {
      expect([key, key in italian, key in english]).toEqual([key, true, true]);
    }
  });
});
