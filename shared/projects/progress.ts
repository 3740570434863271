import type { Project } from '../domain';
import type { BudgetSummary } from './budget';
import type { IndicatorSummary } from './indicators';
import { partnerTargetOf } from './partnerTargets';

/** How far behind the time elapsed a partner may be before Regia warns (15 points). */
export const fallingBehindTolerance = 0.15;

function dayNumber(isoDate: string): number {
  return (
    Date.UTC(
      Number(isoDate.slice(0, 4)),
      Number(isoDate.slice(5, 7)) - 1,
      Number(isoDate.slice(8, 10)),
    ) / 86_400_000
  );
}

/** The share of a project's period elapsed on a day (0 before it starts, 1 after it ends). */
export function elapsedShare(
  project: Pick<Project, 'periodFrom' | 'periodTo'>,
  today: string,
): number | null {
  if (!project.periodFrom || !project.periodTo) return null;
  const start = dayNumber(project.periodFrom);
  const days = dayNumber(project.periodTo) - start + 1;
  if (days <= 0) return null;
  const elapsed = dayNumber(today) - start + 1;
  return Math.min(1, Math.max(0, elapsed / days));
}

/** A partner whose spending or results lag behind the time elapsed. */
export type FallingBehind = {
  kind: 'spending' | 'results';
  organizationId: string;
  /** The share of the period elapsed. */
  expectedShare: number;
  /** The share of its budget spent, or of its part of the targets reached. */
  actualShare: number;
};

/**
 * The partners falling behind, for a project in progress. Spending: the share of its planned
 * budget a partner spent. Results: a partner is expected to bring its part of each indicator's
 * target (partnerTargetOf: set in the plan, else its budget share); its share is the average over
 * the indicators. Either share lower than the time elapsed by more than the
 * tolerance is a warning.
 */
export function fallingBehind(
  project: Project,
  budget: BudgetSummary,
  indicators: readonly IndicatorSummary[],
  today: string,
  tolerance: number = fallingBehindTolerance,
): FallingBehind[] {
  const elapsed = elapsedShare(project, today);
  if (project.state !== 'inCorso' || elapsed === null || elapsed === 0) return [];
  const warnings: FallingBehind[] = [];
  for (const partner of budget.byPartner) {
    if (partner.organizationId === null) continue;
    if (partner.spentShare !== null && partner.spentShare < elapsed - tolerance) {
      warnings.push({
        kind: 'spending',
        organizationId: partner.organizationId,
        expectedShare: elapsed,
        actualShare: partner.spentShare,
      });
    }
    const organizationId = partner.organizationId;
    const shares = indicators
      .filter((summary) => summary.indicator.archivedAt === null)
      .flatMap((summary) => {
        const owed = partnerTargetOf(project, summary.indicator, organizationId)?.target ?? 0;
        if (owed <= 0) return [];
        const reached =
          summary.byPartner.find((row) => row.organizationId === organizationId)?.total ?? 0;
        return [reached / owed];
      });
    if (shares.length === 0) continue;
    const average = shares.reduce((sum, share) => sum + share, 0) / shares.length;
    if (average < elapsed - tolerance) {
      warnings.push({
        kind: 'results',
        organizationId: partner.organizationId,
        expectedShare: elapsed,
        actualShare: average,
      });
    }
  }
  return warnings;
}
