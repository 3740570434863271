import { useMemo } from 'react';
import {
  elapsedShare,
  fallingBehind,
  summarizeBudget,
  summarizeCostItems,
  summarizeIndicator,
  type BudgetSummary,
  type CostItemsSummary,
  type FallingBehind,
  type IndicatorSummary,
} from '../../../../shared/projects';
import type { ProjectData } from '../useProjectData';

/** A project's figures: indicator results, budget, time elapsed and the partners behind. */
export type ProjectFigures = {
  indicators: IndicatorSummary[];
  budget: BudgetSummary;
  /** Spending per voce di spesa and per partner. */
  costItems: CostItemsSummary;
  elapsed: number | null;
  warnings: FallingBehind[];
};

/** Computes a project's figures from its records, again only when they change. */
export function useProjectFigures(data: ProjectData, today: string): ProjectFigures {
  return useMemo(() => {
    const partnerIds = data.project.partners.map((partner) => partner.organizationId);
    const indicators = data.indicators
      .filter((indicator) => indicator.archivedAt === null)
      .map((indicator) => summarizeIndicator(indicator, data.values, partnerIds));
    const budget = summarizeBudget(data.project, data.expenditures);
    return {
      indicators,
      budget,
      costItems: summarizeCostItems(data.project, data.expenditures),
      elapsed: elapsedShare(data.project, today),
      warnings: fallingBehind(data.project, budget, indicators, today),
    };
  }, [data, today]);
}
