import type { BudgetSummary } from './budget';

/** A funding source or a partner that has spent more than was planned for it. */
export type Overspending = {
  kind: 'source' | 'partner';
  /** The source's name, or the partner's organization id (null: spending of no partner). */
  key: string | null;
  plannedCents: number;
  spentCents: number;
  /** Negative: what was spent beyond the plan. */
  remainderCents: number;
  spentShare: number | null;
};

/**
 * Every source and partner whose spending goes beyond its plan (a negative residual), which the
 * coordinator must see before the report goes to Regione.
 */
export function overspending(budget: BudgetSummary): Overspending[] {
  const sources = budget.bySource
    .filter((row) => row.remainderCents < 0)
    .map((row) => ({ kind: 'source' as const, key: row.name, ...figures(row) }));
  const partners = budget.byPartner
    .filter((row) => row.remainderCents < 0)
    .map((row) => ({ kind: 'partner' as const, key: row.organizationId, ...figures(row) }));
  return [...sources, ...partners];
}

function figures(row: Omit<Overspending, 'kind' | 'key'>): Omit<Overspending, 'kind' | 'key'> {
  return {
    plannedCents: row.plannedCents,
    spentCents: row.spentCents,
    remainderCents: row.remainderCents,
    spentShare: row.spentShare,
  };
}
