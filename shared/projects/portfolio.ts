import type { Expenditure, Project } from '../domain';
import { summarizeBudget } from './budget';

/** States of a project that has not (or not yet) been funded: it holds no budget of the network. */
const unfundedStates: ReadonlySet<Project['state']> = new Set(['candidato', 'nonAmmesso']);
/** States of a funded project whose work is still to be done. */
const activeStates: ReadonlySet<Project['state']> = new Set(['ammesso', 'inCorso']);

/** A project the network counts in its totals: funded and not archived. */
export function countsInTotals(project: Project): boolean {
  return project.archivedAt === null && !unfundedStates.has(project.state);
}

/** A project the network is working on: funded, not yet concluded, not archived. */
export function isActiveProject(project: Project): boolean {
  return project.archivedAt === null && activeStates.has(project.state);
}

/** The network's figures over its projects, the same wherever they are shown. */
export type PortfolioFigures = {
  /** Funded projects not yet concluded (ammesso, in corso). */
  activeCount: number;
  /** Projects in the totals: funded and not archived, concluded ones included. */
  countedCount: number;
  /** Projects left out of the totals though not archived: candidates and those not admitted. */
  unfundedCount: number;
  plannedCents: number;
  spentCents: number;
};

/**
 * The one place where a network's project totals are made (overview tiles, the monitoring page):
 * archived projects and projects not funded (candidato, non ammesso) never count; amounts are
 * summed in cents through each project's budget summary.
 */
export function portfolioFigures(
  projects: readonly Project[],
  expenditures: readonly Expenditure[],
): PortfolioFigures {
  const counted = projects.filter(countsInTotals);
  let plannedCents = 0;
  let spentCents = 0;
  for (const project of counted) {
    const budget = summarizeBudget(
      project,
      expenditures.filter((expenditure) => expenditure.projectId === project.id),
    );
    plannedCents += budget.plannedCents;
    spentCents += budget.spentCents;
  }
  return {
    activeCount: projects.filter(isActiveProject).length,
    countedCount: counted.length,
    unfundedCount: projects.filter(
      (project) => project.archivedAt === null && unfundedStates.has(project.state),
    ).length,
    plannedCents,
    spentCents,
  };
}
