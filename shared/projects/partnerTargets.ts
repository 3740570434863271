import type { Indicator, Project } from '../domain';
import { plannedCentsOf } from './budget';

/** Where a partner's part of a target comes from: set in the plan, or its budget share. */
export type PartnerTargetSource = 'plan' | 'budgetShare';

/** A partner's part of an indicator's target, and where it comes from. */
export type PartnerTarget = { target: number; source: PartnerTargetSource };

/**
 * The part of an indicator's target a partner owes: the one the plan sets for it where there is
 * one, else its share of the planned budget (a partner with 30% of the budget brings 30% of the
 * people), to one decimal; null where neither gives one.
 */
export function partnerTargetOf(
  project: Project,
  indicator: Pick<Indicator, 'target' | 'partnerTargets'>,
  organizationId: string,
): PartnerTarget | null {
  const set = indicator.partnerTargets.find((entry) => entry.organizationId === organizationId);
  if (set) return { target: set.target, source: 'plan' };
  const planned = plannedCentsOf(project, organizationId);
  const total = project.partners.reduce(
    (sum, partner) => sum + plannedCentsOf(project, partner.organizationId),
    0,
  );
  if (indicator.target <= 0 || planned <= 0 || total <= 0) return null;
  return {
    target: Math.round(((indicator.target * planned) / total) * 10) / 10,
    source: 'budgetShare',
  };
}

/** The partners' targets that do not add up to the indicator's, as their sum; null when they do or none is set. */
export function partnerTargetsGap(
  indicator: Pick<Indicator, 'target' | 'partnerTargets'>,
): number | null {
  if (indicator.partnerTargets.length === 0) return null;
  const sum =
    Math.round(indicator.partnerTargets.reduce((total, entry) => total + entry.target, 0) * 1e6) /
    1e6;
  return sum === indicator.target ? null : sum;
}
