import type { Expenditure, Indicator, IndicatorValue, Project } from '../domain';
import { summarizeBudget } from './budget';
import { summarizeCostItems } from './costItems';
import { summarizeIndicator } from './indicators';
import { overspending } from './overspending';
import { isActiveProject } from './portfolio';
import { fallingBehind } from './progress';

/** How many days after a quarter ends its monitoring report is due to Regione. */
export const reportDueDays = 30;

/** The next quarterly report of a project: its period (`2026-Q4`) and the day it is due. */
export type ReportDue = { period: string; dueDate: string };

/** What the coordinator should look at in a project on Monday morning. */
export type ProjectToFollow = {
  project: Project;
  /** The next quarterly report, or null once the project's period is over and reported. */
  reportDue: ReportDue | null;
  /** Partners whose spending or results lag behind the time elapsed. */
  partnersBehind: number;
  /** Whether a source or a partner has spent beyond its plan. */
  overspent: boolean;
};

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The first quarterly report still to send on a day: the one of the quarter that ended less than
 * `reportDueDays` ago, else the current quarter's; none past the project's end (its last report
 * included).
 */
export function nextReportDue(
  project: Pick<Project, 'periodFrom' | 'periodTo'>,
  today: string,
): ReportDue | null {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  for (const offset of [-1, 0]) {
    const index = quarter + offset;
    const start = new Date(Date.UTC(year, index * 3, 1));
    const end = new Date(Date.UTC(year, index * 3 + 3, 0));
    const due = new Date(end.getTime() + reportDueDays * 86_400_000);
    if (isoDay(due) < today) continue;
    if (project.periodTo && isoDay(start) > project.periodTo) return null;
    if (project.periodFrom && isoDay(end) < project.periodFrom) continue;
    return {
      period: `${start.getUTCFullYear()}-Q${Math.floor(start.getUTCMonth() / 3) + 1}`,
      dueDate: isoDay(due),
    };
  }
  return null;
}

/**
 * The network's active projects with their next report, the partners behind plan and any
 * spending beyond plan: those with something to act on first, then by report due date.
 */
export function projectsToFollow(
  projects: readonly Project[],
  indicators: readonly Indicator[],
  values: readonly IndicatorValue[],
  expenditures: readonly Expenditure[],
  today: string,
): ProjectToFollow[] {
  return projects
    .filter(isActiveProject)
    .map((project) => {
      const partnerIds = project.partners.map((partner) => partner.organizationId);
      const summaries = indicators
        .filter((indicator) => indicator.projectId === project.id && indicator.archivedAt === null)
        .map((indicator) => summarizeIndicator(indicator, values, partnerIds));
      const spent = expenditures.filter((expenditure) => expenditure.projectId === project.id);
      const budget = summarizeBudget(project, spent);
      const behind = new Set(
        fallingBehind(project, budget, summaries, today).map((warning) => warning.organizationId),
      );
      return {
        project,
        reportDue: nextReportDue(project, today),
        partnersBehind: behind.size,
        overspent: overspending(budget, summarizeCostItems(project, spent)).length > 0,
      };
    })
    .sort(
      (first, second) =>
        Number(second.partnersBehind > 0 || second.overspent) -
          Number(first.partnersBehind > 0 || first.overspent) ||
        (first.reportDue?.dueDate ?? '9999').localeCompare(second.reportDue?.dueDate ?? '9999'),
    );
}
