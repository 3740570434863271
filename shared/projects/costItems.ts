import type { CostItem, Expenditure, Project } from '../domain';
import { budgetLine, type BudgetLine } from './budget';
import { toCents } from './money';
import { comparePeriods } from './periods';

/** A voce di spesa against its expenses: planned, spent to date, in the period, per partner. */
export type CostItemRow = BudgetLine & {
  /** The voce di spesa; null for the expenses booked on none. */
  costItem: CostItem | null;
  /** Spent in the chosen period alone (0 when no period is chosen). */
  periodSpentCents: number;
  /** Spent to date by each partner, in the order of `CostItemsSummary.partnerIds`. */
  byPartner: number[];
};

/** The voci di spesa of a project with their spending, and the totals that reconcile them. */
export type CostItemsSummary = {
  /** The partners' columns: the project's partners, then others that spent; null is no partner. */
  partnerIds: (string | null)[];
  rows: CostItemRow[];
  totals: Omit<CostItemRow, 'costItem'>;
  /** The voci's planned total differs from the funding (both in cents), or null when they agree. */
  plannedMismatch: { costItemsCents: number; fundingCents: number } | null;
};

/**
 * Sums a project's expenses per voce di spesa and per partner, in cents: to date (every period up
 * to `period`, or all when null) and in `period` alone. The one source of these figures for the
 * project page and the report. Archived expenses do not count; an expense on a voce the plan no
 * longer has falls in the row of none.
 */
export function summarizeCostItems(
  project: Project,
  expenditures: readonly Expenditure[],
  period: string | null = null,
): CostItemsSummary {
  const current = expenditures.filter(
    (expense) =>
      expense.archivedAt === null &&
      expense.projectId === project.id &&
      (period === null || comparePeriods(expense.period, period) <= 0),
  );
  const partnerIds: (string | null)[] = project.partners.map((partner) => partner.organizationId);
  for (const expense of current) {
    if (!partnerIds.includes(expense.organizationId)) partnerIds.push(expense.organizationId);
  }
  partnerIds.sort((left, right) => (left === null ? 1 : right === null ? -1 : 0));
  const known = new Set(project.costItems.map((item) => item.id));
  const itemOf = (expense: Expenditure): string | null =>
    expense.costItemId !== null && known.has(expense.costItemId) ? expense.costItemId : null;
  const rowOf = (costItem: CostItem | null): CostItemRow => {
    const booked = current.filter((expense) => itemOf(expense) === (costItem?.id ?? null));
    const spent = booked.reduce((sum, expense) => sum + toCents(expense.amount), 0);
    return {
      costItem,
      ...budgetLine(costItem ? toCents(costItem.planned) : 0, spent),
      periodSpentCents: booked
        .filter((expense) => period !== null && expense.period === period)
        .reduce((sum, expense) => sum + toCents(expense.amount), 0),
      byPartner: partnerIds.map((organizationId) =>
        booked
          .filter((expense) => expense.organizationId === organizationId)
          .reduce((sum, expense) => sum + toCents(expense.amount), 0),
      ),
    };
  };
  const rows = project.costItems.map(rowOf);
  const unbooked = rowOf(null);
  if (unbooked.spentCents !== 0 || current.some((expense) => itemOf(expense) === null)) {
    rows.push(unbooked);
  }
  const sum = (pick: (row: CostItemRow) => number): number =>
    rows.reduce((total, row) => total + pick(row), 0);
  const costItemsCents = sum((row) => row.plannedCents);
  const fundingCents = project.fundingSources.reduce(
    (total, source) => total + toCents(source.amount),
    0,
  );
  return {
    partnerIds,
    rows,
    totals: {
      ...budgetLine(
        costItemsCents,
        sum((row) => row.spentCents),
      ),
      periodSpentCents: sum((row) => row.periodSpentCents),
      byPartner: partnerIds.map((_, index) => sum((row) => row.byPartner[index] ?? 0)),
    },
    plannedMismatch:
      project.costItems.length > 0 && costItemsCents !== fundingCents
        ? { costItemsCents, fundingCents }
        : null,
  };
}

/** The voci di spesa spent beyond their plan (a negative residual), worst first. */
export function overspentCostItems(summary: CostItemsSummary): CostItemRow[] {
  return summary.rows
    .filter((row) => row.costItem !== null && row.remainderCents < 0)
    .sort((left, right) => left.remainderCents - right.remainderCents);
}
