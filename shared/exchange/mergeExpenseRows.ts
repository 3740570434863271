import type { Expenditure, Project } from '../domain';
import { euroText } from './amountRules';
import { cellText, foldText } from './cellValues';
import { readFieldValue } from './fieldValues';
import type { RejectionReason } from './mergeTypes';
import type { BaseValue } from './partnerBase';
import { expenseSourcesOf } from './partnerPackage';
import { partnerFields } from './partnerFormat';
import type { ReturnedRow, ReturnedSheet } from './partnerReader';
import { item, type Collector } from './reviewItems';

/** Where the expenses of a returned Spese sheet may go, and which are already in Regia. */
export type ExpenseContext = {
  projects: readonly Project[];
  expenses: readonly Expenditure[];
  /** The day of the import: an expense dated later is refused; null checks no future date. */
  today: string | null;
};

const sameText = (first: string, second: string): boolean => foldText(first) === foldText(second);

/**
 * The identity of an expense: project, day, voce, amount in cents and document. A row equal to
 * an expense of the partner already in Regia (a re-saved copy of a file imported before) is
 * the same expense, and adds nothing.
 */
export function expenseIdentity(expense: {
  projectId: string;
  date: string | null;
  costItemId: string | null;
  amountCents: number;
  documentReference: string;
}): string {
  return JSON.stringify([
    expense.projectId,
    expense.date ?? '',
    expense.costItemId ?? '',
    expense.amountCents,
    foldText(expense.documentReference),
  ]);
}

type Refusal = { field: string; reason: RejectionReason };

// Reads the row's cells with the format's rules; the first refused cell refuses the row.
function readRow(
  row: ReturnedRow,
): { ok: true; values: Record<string, BaseValue> } | ({ ok: false } & Refusal) {
  const values: Record<string, BaseValue> = {};
  for (const field of partnerFields.expenses) {
    const read = readFieldValue(field, row.cells.get(field.key) ?? null);
    if (!read.ok) return { ok: false, field: field.key, reason: read.reason };
    values[field.key] = read.value;
  }
  if (values.date === null) return { ok: false, field: 'date', reason: 'required' };
  if (values.amount === null) return { ok: false, field: 'amount', reason: 'required' };
  return { ok: true, values };
}

/**
 * Why an expense's day cannot be booked on the project: before its start, after its end, or
 * later than today (an expense is reported once incurred); null when the day is fine.
 */
export function expenseDateProblem(
  day: string,
  project: Pick<Project, 'periodFrom' | 'periodTo'>,
  today: string | null,
): RejectionReason | null {
  if (project.periodFrom !== null && day < project.periodFrom) return 'beforeProjectStart';
  if (project.periodTo !== null && day > project.periodTo) return 'afterProjectEnd';
  if (today !== null && day > today) return 'futureDate';
  return null;
}

function projectOf(text: string, projects: readonly Project[]): Project | null {
  // With one project only, a partner need not name it.
  if (text === '') return projects.length === 1 ? (projects[0] ?? null) : null;
  return projects.find((project) => sameText(project.title, text)) ?? null;
}

function labelOf(row: ReturnedRow): string {
  const text = (key: string): string => cellText(row.cells.get(key) ?? null).trim();
  return [text('documentReference'), text('amount') && `${text('amount')} €`]
    .filter((part) => part !== '')
    .join(' · ');
}

/**
 * A row of the Spese sheet: a new expense of the partner on one of its projects, booked on one
 * of the project's voci and sources (or none). It is a line of its own in the review, accepted
 * by default and refused one by one; an expense already in Regia proposes nothing.
 */
export function mergeNewExpenseRow(
  collector: Collector,
  sheet: ReturnedSheet,
  row: ReturnedRow,
  context: ExpenseContext,
): void {
  const label = labelOf(row);
  const refuse = ({ field, reason }: Refusal): void => {
    collector.items.push(
      item(sheet, row, label, 'rejected', {
        recordId: null,
        field,
        column: sheet.headers.get(field) ?? null,
        cellText: cellText(row.cells.get(field) ?? null),
        reason,
      }),
    );
  };
  const read = readRow(row);
  if (!read.ok) return refuse(read);
  const { values } = read;
  const project = projectOf(String(values.project ?? ''), context.projects);
  if (!project) return refuse({ field: 'project', reason: 'unknownProject' });
  const dateProblem = expenseDateProblem(String(values.date), project, context.today);
  if (dateProblem !== null) return refuse({ field: 'date', reason: dateProblem });
  const costItemText = String(values.costItem ?? '');
  const costItem =
    costItemText === ''
      ? null
      : project.costItems.find((candidate) => sameText(candidate.name, costItemText));
  if (costItem === undefined) return refuse({ field: 'costItem', reason: 'unknownCostItem' });
  const sourceText = String(values.source ?? '');
  const source =
    sourceText === ''
      ? ''
      : expenseSourcesOf(project).find((candidate) => sameText(candidate, sourceText));
  if (source === undefined) return refuse({ field: 'source', reason: 'unknownSource' });
  const amountCents = Number(values.amount);
  const proposal: Record<string, BaseValue> = {
    projectId: project.id,
    project: project.title,
    costItemId: costItem?.id ?? null,
    costItem: costItem?.name ?? '',
    date: values.date ?? null,
    amountCents,
    documentReference: String(values.documentReference ?? ''),
    source,
    note: String(values.note ?? ''),
  };
  const identity = expenseIdentity({
    projectId: project.id,
    date: String(values.date),
    costItemId: costItem?.id ?? null,
    amountCents,
    documentReference: String(values.documentReference ?? ''),
  });
  const existing = context.expenses.find(
    (expense) =>
      expense.archivedAt === null &&
      expenseIdentity({ ...expense, amountCents: Math.round(expense.amount * 100) }) === identity,
  );
  const rowLabel = [proposal.documentReference, `${euroText(amountCents)} €`]
    .filter((part) => part !== '')
    .join(' · ');
  if (existing) {
    collector.items.push(item(sheet, row, rowLabel, 'unchanged', { recordId: existing.id }));
    return;
  }
  collector.items.push(item(sheet, row, rowLabel, 'new', { recordId: null, proposal }));
}
