import { expenseCorrections, formatEuro, periodLabel } from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';
import type { ProjectData } from '../useProjectData';
import { expenseCorrectionText } from './correctionText';
import { useAuditEntries } from './useAuditEntries';

/** The history of a project's expenses as lines to read. */
export type ExpenseHistory = {
  /** An expense's corrections, latest first (none when it was never corrected). */
  linesOf(expenseId: string): string[];
  /** Each archived expense with what it was and who archived it, latest first. */
  archivedLines: string[];
};

/** Reads the audit of a project's expenses and writes out their corrections and archivings. */
export function useExpenseHistory(
  data: ProjectData,
  names: ReadonlyMap<string, string>,
): ExpenseHistory {
  const { t, locale } = useRegia();
  const entries = useAuditEntries(
    'expenditures',
    data.expenditures.map((expense) => expense.id),
  );
  const history = expenseCorrections(data.expenditures, entries);
  const context = {
    t,
    locale,
    names,
    costItems: new Map(data.project.costItems.map((item) => [item.id, item.name])),
  };
  const linesOf = (expenseId: string): string[] =>
    (history.get(expenseId) ?? []).map((correction) => expenseCorrectionText(context, correction));
  const archivedLines = data.expenditures
    .filter((expense) => expense.archivedAt !== null)
    .sort((first, second) => (second.archivedAt ?? '').localeCompare(first.archivedAt ?? ''))
    .map((expense) =>
      t('projects.history.archivedLine', {
        document: expense.documentReference || periodLabel(locale, expense.period),
        amount: formatEuro(locale, expense.amount),
        change: linesOf(expense.id).join('; '),
      }),
    );
  return { linesOf, archivedLines };
}
