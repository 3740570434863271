import { describe, expect, it } from 'vitest';
import { partnerTargetOf, partnerTargetsGap } from '../../../../shared/projects';
import { comoProject, ids, peopleIndicator } from './projectFixtures';

describe('a partner’s part of a target', () => {
  it('is the one the plan sets for the partner, where it sets one', () => {
    const indicator = peopleIndicator({
      partnerTargets: [{ organizationId: ids.partner, target: 50 }],
    });
    expect(partnerTargetOf(comoProject(), indicator, ids.partner)).toEqual({
      target: 50,
      source: 'plan',
    });
  });

  it('is otherwise the partner’s share of the planned budget, to one decimal', () => {
    // 451,000 of 751,000 € is 60.05% of a target of 200 people.
    expect(partnerTargetOf(comoProject(), peopleIndicator(), ids.lead)).toEqual({
      target: 120.1,
      source: 'budgetShare',
    });
  });

  it('is none for a partner without a budget, or an indicator without a target', () => {
    expect(partnerTargetOf(comoProject(), peopleIndicator(), ids.other)).toBeNull();
    expect(partnerTargetOf(comoProject(), peopleIndicator({ target: 0 }), ids.lead)).toBeNull();
  });

  it('says when the partners’ targets set in the plan do not add up to the indicator’s', () => {
    const split = (lead: number, partner: number) =>
      peopleIndicator({
        partnerTargets: [
          { organizationId: ids.lead, target: lead },
          { organizationId: ids.partner, target: partner },
        ],
      });
    expect(partnerTargetsGap(split(120, 80))).toBeNull();
    expect(partnerTargetsGap(split(120, 70))).toBe(190);
    expect(partnerTargetsGap(peopleIndicator())).toBeNull();
  });
});
