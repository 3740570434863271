import type { Project } from '../../../../shared/domain';
import {
  fallingBehind,
  summarizeBudget,
  summarizeIndicator,
  type BudgetSummary,
} from '../../../../shared/projects';
import type { NetworkProjects } from '../useProjectData';

/** One row of the network-wide overview. */
export type ProjectOverviewRow = {
  project: Project;
  budget: BudgetSummary;
  /** The average share of target reached over the project's indicators; null with none. */
  averageShare: number | null;
  warnings: number;
};

/** The figures of every active project of a network, for the overview. */
export function networkFigures(data: NetworkProjects, today: string): ProjectOverviewRow[] {
  return data.projects
    .filter((project) => project.archivedAt === null)
    .map((project) => {
      const partnerIds = project.partners.map((partner) => partner.organizationId);
      const indicators = data.indicators
        .filter((indicator) => indicator.projectId === project.id)
        .map((indicator) => summarizeIndicator(indicator, data.values, partnerIds));
      const shares = indicators.flatMap((summary) =>
        summary.shareOfTarget === null ? [] : [summary.shareOfTarget],
      );
      const budget = summarizeBudget(
        project,
        data.expenditures.filter((expenditure) => expenditure.projectId === project.id),
      );
      return {
        project,
        budget,
        averageShare:
          shares.length === 0
            ? null
            : shares.reduce((sum, share) => sum + share, 0) / shares.length,
        warnings: fallingBehind(project, budget, indicators, today).length,
      };
    });
}
