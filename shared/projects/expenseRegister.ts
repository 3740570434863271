import type { Expenditure } from '../domain';
import { toCents } from './money';
import { comparePeriods } from './periods';

/** Which expenses the register shows; an absent field does not filter. */
export type ExpenseFilter = {
  organizationId?: string;
  /** A voce di spesa's id, or `none` for the expenses booked on none. */
  costItemId?: string;
  period?: string;
};

/** The expenses the register lists and their total in cents. */
export type ExpenseRegister = { expenses: Expenditure[]; totalCents: number };

/**
 * The current (not archived) expenses of a project that match the filter, oldest period first
 * and by date within it, with their total to the cent.
 */
export function expenseRegister(
  expenditures: readonly Expenditure[],
  filter: ExpenseFilter = {},
): ExpenseRegister {
  const expenses = expenditures
    .filter(
      (expense) =>
        expense.archivedAt === null &&
        (filter.organizationId === undefined || expense.organizationId === filter.organizationId) &&
        (filter.costItemId === undefined || (expense.costItemId ?? 'none') === filter.costItemId) &&
        (filter.period === undefined || expense.period === filter.period),
    )
    .sort(
      (left, right) =>
        comparePeriods(left.period, right.period) ||
        (left.date ?? '').localeCompare(right.date ?? '') ||
        left.createdAt.localeCompare(right.createdAt),
    );
  return {
    expenses,
    totalCents: expenses.reduce((sum, expense) => sum + toCents(expense.amount), 0),
  };
}
