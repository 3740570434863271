import { describe, expect, it } from 'vitest';
import { formatEuro, proportionalBudgetLines, summarizeBudget } from '../../../../shared/projects';
import { comoProject, ids, spending } from './projectFixtures';

describe('summarizeBudget', () => {
  it('totals Como’s 751.000 € plan with 591.000 € from Regione Lombardia and the rest co-funding', () => {
    const budget = summarizeBudget(comoProject(), []);
    expect(budget.plannedCents).toBe(75_100_000);
    expect(budget.bySource).toEqual([
      {
        name: 'Regione Lombardia',
        plannedCents: 59_100_000,
        spentCents: 0,
        remainderCents: 59_100_000,
        spentShare: 0,
      },
      {
        name: 'Cofinanziamento partner',
        plannedCents: 16_000_000,
        spentCents: 0,
        remainderCents: 16_000_000,
        spentShare: 0,
      },
    ]);
    expect(budget.partnersPlannedCents).toBe(75_100_000);
    expect(formatEuro('it', budget.plannedCents / 100)).toBe('751.000,00\u00a0€');
  });

  it('subtracts spending per partner, per source and per period in exact cents', () => {
    const budget = summarizeBudget(comoProject(), [
      spending(ids.lead, '2026-Q1', 100_000.1),
      spending(ids.lead, '2026-Q2', 50_000.2, 'Cofinanziamento partner'),
      spending(ids.partner, '2026-Q1', 74_999.7),
    ]);
    expect(budget.spentCents).toBe(22_500_000);
    expect(budget.remainderCents).toBe(52_600_000);
    expect(budget.byPartner).toEqual([
      {
        organizationId: ids.lead,
        plannedCents: 45_100_000,
        spentCents: 15_000_030,
        remainderCents: 30_099_970,
        spentShare: 15_000_030 / 45_100_000,
      },
      {
        organizationId: ids.partner,
        plannedCents: 30_000_000,
        spentCents: 7_499_970,
        remainderCents: 22_500_030,
        spentShare: 0.249999,
      },
    ]);
    expect(budget.bySource.map((row) => row.remainderCents)).toEqual([41_600_020, 10_999_980]);
    expect(budget.byPeriod).toEqual([
      { period: '2026-Q1', spentCents: 17_499_980, cumulativeSpentCents: 17_499_980 },
      { period: '2026-Q2', spentCents: 5_000_020, cumulativeSpentCents: 22_500_000 },
    ]);
  });

  it('lists spending by an organization outside the plan with nothing planned', () => {
    const budget = summarizeBudget(comoProject(), [spending(ids.other, '2026-Q1', 10)]);
    expect(budget.byPartner.at(-1)).toEqual({
      organizationId: ids.other,
      plannedCents: 0,
      spentCents: 1000,
      remainderCents: -1000,
      spentShare: null,
    });
  });

  it('takes a partner’s planned amount from the budget lines when the plan has them', () => {
    const project = comoProject({
      budgetLines: [
        { organizationId: ids.lead, fundingSourceName: 'Regione Lombardia', amount: 400_000 },
        { organizationId: ids.lead, fundingSourceName: 'Cofinanziamento partner', amount: 60_000 },
      ],
    });
    const budget = summarizeBudget(project, []);
    expect(budget.byPartner.map((row) => row.plannedCents)).toEqual([46_000_000, 0]);
  });
});

describe('proportionalBudgetLines', () => {
  it('splits each partner’s share across the sources so that the cents add up exactly', () => {
    const project = comoProject();
    const lines = proportionalBudgetLines(project.partners, project.fundingSources);
    expect(lines).toEqual([
      { organizationId: ids.lead, fundingSourceName: 'Regione Lombardia', amount: 354_914.78 },
      { organizationId: ids.lead, fundingSourceName: 'Cofinanziamento partner', amount: 96_085.22 },
      { organizationId: ids.partner, fundingSourceName: 'Regione Lombardia', amount: 236_085.22 },
      {
        organizationId: ids.partner,
        fundingSourceName: 'Cofinanziamento partner',
        amount: 63_914.78,
      },
    ]);
  });

  it('writes no line when there is no funding', () => {
    expect(proportionalBudgetLines(comoProject().partners, [])).toEqual([]);
  });
});
