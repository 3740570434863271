import type { Action } from '../domain';
import { translate, type Locale } from '../i18n';
import { normalizeForSearch } from '../search';
import { compareIso, compareText } from './actionOrdering';
import { isOpenAction, isOverdueAction } from './actionRules';
import { relativeDueLabel } from './dueLabel';

/** The open actions of a network as a meeting reviews them: overdue first, then the rest by due day. */
export type ActionProgressReport = { overdue: Action[]; open: Action[] };

/**
 * Whether an agenda item is the review of the actions: its title speaks of the
 * "stato di avanzamento" (or "avanzamento") "delle azioni" / "degli impegni".
 */
export function isActionReviewItem(title: string): boolean {
  const words = normalizeForSearch(title);
  return /avanzamento/.test(words) && /\b(azioni|azione|impegni)\b/.test(words);
}

const byDueDate = (first: Action, second: Action): number =>
  compareIso(first.dueDate ?? '9999-99-99', second.dueDate ?? '9999-99-99') ||
  compareText(first.title, second.title);

/** Splits the live open actions into overdue and still on time, each by due day. */
export function actionProgressReport(
  actions: readonly Action[],
  today: string,
): ActionProgressReport {
  const live = actions.filter((action) => action.archivedAt === null && isOpenAction(action));
  return {
    overdue: live.filter((action) => isOverdueAction(action, today)).sort(byDueDate),
    open: live.filter((action) => !isOverdueAction(action, today)).sort(byDueDate),
  };
}

/**
 * The review as lines of text for the minutes of a meeting: a heading for the overdue and for
 * the open actions, then one line each with owner and due date in words.
 */
export function actionReviewLines(
  report: ActionProgressReport,
  organizationNames: ReadonlyMap<string, string>,
  today: string,
  locale: Locale,
): string[] {
  const line = (action: Action): string => {
    const owner = organizationNames.get(action.ownerOrganizationId ?? '');
    const due =
      action.dueDate === null
        ? translate(locale, 'actions.noDueDate').toLowerCase()
        : relativeDueLabel(action.dueDate, today, locale);
    return [action.title, owner, due].filter(Boolean).join(' — ');
  };
  if (report.overdue.length + report.open.length === 0) {
    return [translate(locale, 'actions.meeting.none')];
  }
  return [
    translate(locale, 'actions.meeting.overdue', { count: report.overdue.length }),
    ...report.overdue.map(line),
    translate(locale, 'actions.meeting.open', { count: report.open.length }),
    ...report.open.map(line),
  ];
}
