import type { Project } from '../../domain';
import { translate, type Locale } from '../../i18n';
import { periodBounds, periodOf, periodsBetween } from '../periods';

/** A quarter for people: `1° trimestre 2026` (Italian) or `Q1 2026` (English). */
export function quarterLabel(locale: Locale, quarter: string): string {
  const [year = '', number = ''] = quarter.split('-Q');
  return translate(locale, 'projects.quarterly.quarterLabel', { number, year });
}

/** The quarter before the one containing a day. */
function previousQuarter(today: string): string {
  const current = periodBounds(periodOf('trimestre', today));
  const dayBefore = new Date(`${current?.start ?? today}T00:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  return periodOf('trimestre', dayBefore.toISOString().slice(0, 10));
}

/**
 * The quarters a project can be reported on, latest first: from the one it starts in to the one
 * it ends in, never one that has not begun yet (the current quarter is offered, still open).
 */
export function reportQuarters(project: Project, today: string): string[] {
  const start = project.periodFrom ?? `${today.slice(0, 4)}-01-01`;
  // A project not started yet is reported on today's quarter, not on one still to come.
  const from = start > today ? today : start;
  const end = project.periodTo && project.periodTo < today ? project.periodTo : today;
  return periodsBetween('trimestre', from, end < from ? from : end).reverse();
}

/**
 * The quarter a report shows first: the last closed one (the quarter before today's) when the
 * project runs in it, else the nearest the project has.
 */
export function defaultReportQuarter(project: Project, today: string): string {
  const quarters = reportQuarters(project, today);
  const lastClosed = previousQuarter(today);
  return quarters.find((quarter) => quarter <= lastClosed) ?? quarters.at(-1) ?? lastClosed;
}
