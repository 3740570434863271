import { describe, expect, it } from 'vitest';
import {
  elapsedShare,
  fallingBehind,
  summarizeBudget,
  summarizeIndicator,
} from '../../../../shared/projects';
import { comoProject, ids, peopleIndicator, spending, value } from './projectFixtures';

describe('elapsedShare', () => {
  it('counts the days of the period elapsed, bounded by 0 and 1', () => {
    const project = { periodFrom: '2026-01-01', periodTo: '2026-01-10' };
    expect(elapsedShare(project, '2026-01-05')).toBe(0.5);
    expect(elapsedShare(project, '2025-12-01')).toBe(0);
    expect(elapsedShare(project, '2027-01-01')).toBe(1);
    expect(elapsedShare({ periodFrom: null, periodTo: '2026-01-10' }, '2026-01-05')).toBeNull();
  });
});

describe('fallingBehind', () => {
  // Half of 2026 elapsed on 2 July (183 of 365 days).
  const today = '2026-07-02';
  const project = comoProject();
  const partners = [ids.lead, ids.partner];

  it('warns about a partner whose spending lags behind the time elapsed by more than 15 points', () => {
    const budget = summarizeBudget(project, [
      spending(ids.lead, '2026-Q1', 225_500), // 50% of 451.000 €
      spending(ids.partner, '2026-Q1', 90_000), // 30% of 300.000 €
    ]);
    const indicator = summarizeIndicator(
      peopleIndicator(),
      [value(ids.lead, '2026-Q1', 60), value(ids.partner, '2026-Q1', 40)],
      partners,
    );
    expect(fallingBehind(project, budget, [indicator], today)).toEqual([
      { kind: 'spending', organizationId: ids.partner, expectedShare: 183 / 365, actualShare: 0.3 },
    ]);
  });

  it('warns about a partner whose results lag behind its budget share of the targets', () => {
    const budget = summarizeBudget(project, [
      spending(ids.lead, '2026-Q1', 225_500),
      spending(ids.partner, '2026-Q1', 150_000),
    ]);
    // The partner holds 300/751 of the budget, so 79.9 of the 200 people; 20 is 25% of that.
    const indicator = summarizeIndicator(
      peopleIndicator(),
      [value(ids.lead, '2026-Q1', 80), value(ids.partner, '2026-Q1', 20)],
      partners,
    );
    const warnings = fallingBehind(project, budget, [indicator], today);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.kind).toBe('results');
    expect(warnings[0]?.organizationId).toBe(ids.partner);
    expect(warnings[0]?.actualShare).toBeCloseTo(20 / 79.9, 10);
  });

  it('holds a partner to the target the plan sets for it rather than to its budget share', () => {
    const budget = summarizeBudget(project, [
      spending(ids.lead, '2026-Q1', 225_500),
      spending(ids.partner, '2026-Q1', 150_000),
    ]);
    // The plan asks the partner for 25 people only: 20 of them is 80%, on time.
    const indicator = summarizeIndicator(
      peopleIndicator({
        partnerTargets: [
          { organizationId: ids.lead, target: 175 },
          { organizationId: ids.partner, target: 25 },
        ],
      }),
      [value(ids.lead, '2026-Q1', 80), value(ids.partner, '2026-Q1', 20)],
      partners,
    );
    expect(fallingBehind(project, budget, [indicator], today)).toEqual([]);
  });

  it('says nothing for a project that is not in progress', () => {
    const concluded = comoProject({ state: 'concluso' });
    const budget = summarizeBudget(concluded, []);
    expect(fallingBehind(concluded, budget, [], today)).toEqual([]);
  });
});
