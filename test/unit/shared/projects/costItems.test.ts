import { describe, expect, it } from 'vitest';
import {
  expenseRegister,
  overspentCostItems,
  summarizeBudget,
  summarizeCostItems,
} from '../../../../shared/projects';
import { comoCostItems, comoProject, ids, spending } from './projectFixtures';

const [staff, internships, overheads] = comoCostItems.map((item) => item.id);
const project = comoProject({ costItems: comoCostItems });
const expenses = [
  spending(ids.lead, '2026-Q1', 100_000.1, 'Regione Lombardia', { costItemId: staff ?? null }),
  spending(ids.partner, '2026-Q1', 20_000.2, 'Regione Lombardia', { costItemId: staff ?? null }),
  spending(ids.partner, '2026-Q2', 30_000.3, 'Cofinanziamento partner', {
    costItemId: internships ?? null,
  }),
  spending(ids.lead, '2026-Q2', 52_000, 'Regione Lombardia', { costItemId: overheads ?? null }),
  spending(ids.lead, '2026-Q2', 999, 'Regione Lombardia', {
    archivedAt: '2026-07-01T00:00:00.000Z',
  }),
  spending(ids.other, '2026-Q2', 10, 'Regione Lombardia'),
];

describe('summarizeCostItems', () => {
  it('sums each voce di spesa per partner to the cent, with a row for expenses on none', () => {
    const summary = summarizeCostItems(project, expenses);
    expect(summary.partnerIds).toEqual([ids.lead, ids.partner, ids.other]);
    expect(
      summary.rows.map((row) => [row.costItem?.name ?? null, row.spentCents, row.byPartner]),
    ).toEqual([
      ['Operatori dello sportello', 12_000_030, [10_000_010, 2_000_020, 0]],
      ['Tirocini e borse lavoro', 3_000_030, [0, 3_000_030, 0]],
      ['Spese generali', 5_200_000, [5_200_000, 0, 0]],
      [null, 1_000, [0, 0, 1_000]],
    ]);
    expect(summary.totals.plannedCents).toBe(75_100_000);
    expect(summary.totals.byPartner).toEqual([15_200_010, 5_000_050, 1_000]);
    expect(summary.plannedMismatch).toBeNull();
  });

  it('agrees with the budget per partner, so the two tables of the page reconcile', () => {
    const summary = summarizeCostItems(project, expenses);
    const budget = summarizeBudget(project, expenses);
    expect(summary.totals.spentCents).toBe(budget.spentCents);
    expect(summary.totals.byPartner).toEqual(
      summary.partnerIds.map(
        (id) => budget.byPartner.find((row) => row.organizationId === id)?.spentCents,
      ),
    );
  });

  it('gives the period alone and everything up to it', () => {
    const summary = summarizeCostItems(project, expenses, '2026-Q1');
    expect(summary.rows[0]).toMatchObject({ periodSpentCents: 12_000_030, spentCents: 12_000_030 });
    expect(summary.rows[1]).toMatchObject({ periodSpentCents: 0, spentCents: 0 });
    const second = summarizeCostItems(project, expenses, '2026-Q2');
    expect(second.totals).toMatchObject({ periodSpentCents: 8_201_030, spentCents: 20_201_060 });
  });

  it('flags a voce spent beyond its plan and a plan that does not add up to the funding', () => {
    const summary = summarizeCostItems(project, expenses);
    expect(
      overspentCostItems(summary).map((row) => [row.costItem?.name, row.remainderCents]),
    ).toEqual([['Spese generali', -100_000]]);
    const short = summarizeCostItems(
      comoProject({ costItems: comoCostItems.slice(0, 2) }),
      expenses,
    );
    expect(short.plannedMismatch).toEqual({ costItemsCents: 70_000_000, fundingCents: 75_100_000 });
  });
});

describe('expenseRegister', () => {
  it('lists the current expenses matching the filter, oldest first, with their total', () => {
    const byPartner = expenseRegister(expenses, { organizationId: ids.lead });
    expect(byPartner.expenses.map((expense) => expense.amount)).toEqual([100_000.1, 52_000]);
    expect(byPartner.totalCents).toBe(15_200_010);
    expect(expenseRegister(expenses, { costItemId: 'none' }).totalCents).toBe(1_000);
    expect(expenseRegister(expenses, { period: '2026-Q1' }).expenses).toHaveLength(2);
    expect(expenseRegister(expenses).totalCents).toBe(20_201_060);
  });
});
