import type { BudgetSummary } from './budget';
import { overspentCostItems, type CostItemsSummary } from './costItems';

/** A funding source, a partner or a voce di spesa that has spent more than was planned for it. */
export type Overspending = {
  kind: 'source' | 'partner' | 'costItem';
  /** The source's or voce's name, or the partner's organization id (null: spending of no partner). */
  key: string | null;
  plannedCents: number;
  spentCents: number;
  /** Negative: what was spent beyond the plan. */
  remainderCents: number;
  spentShare: number | null;
};

/**
 * Every source, partner and voce di spesa whose spending goes beyond its plan (a negative
 * residual), which the coordinator must see before the report goes to Regione.
 */
export function overspending(
  budget: BudgetSummary,
  costItems: CostItemsSummary | null = null,
): Overspending[] {
  const sources = budget.bySource
    .filter((row) => row.remainderCents < 0)
    .map((row) => ({ kind: 'source' as const, key: row.name, ...figures(row) }));
  const partners = budget.byPartner
    .filter((row) => row.remainderCents < 0)
    .map((row) => ({ kind: 'partner' as const, key: row.organizationId, ...figures(row) }));
  const lines = costItems
    ? overspentCostItems(costItems).map((row) => ({
        kind: 'costItem' as const,
        key: row.costItem?.name ?? null,
        ...figures(row),
      }))
    : [];
  return [...sources, ...partners, ...lines];
}

function figures(row: Omit<Overspending, 'kind' | 'key'>): Omit<Overspending, 'kind' | 'key'> {
  return {
    plannedCents: row.plannedCents,
    spentCents: row.spentCents,
    remainderCents: row.remainderCents,
    spentShare: row.spentShare,
  };
}
