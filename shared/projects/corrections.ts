import type { AuditEntry, Expenditure, IndicatorValue } from '../domain';

/** Who changed a record, and when. */
type Correction = { at: string; userName: string };

/** A partner's value of an indicator for a period that was corrected or removed. */
export type ValueCorrection = Correction & {
  kind: 'corrected' | 'removed';
  organizationId: string | null;
  period: string;
  /** The value before the change. */
  previous: number;
  /** The value after a correction; null once removed. */
  current: number | null;
};

/** The fields of an expense whose earlier value its history shows. */
export const expenseHistoryFields = [
  'amount',
  'date',
  'documentReference',
  'period',
  'organizationId',
  'costItemId',
  'fundingSourceName',
  'note',
] as const;

/** A field of an expense as it was before a correction. */
export type ExpenseFieldChange = {
  field: (typeof expenseHistoryFields)[number];
  previous: unknown;
};

/** An expense corrected or archived, with what it was before. */
export type ExpenseCorrection = Correction &
  (
    | { kind: 'corrected'; changes: ExpenseFieldChange[] }
    | { kind: 'archived'; amount: number }
    | { kind: 'restored' }
  );

function fieldOf(record: unknown, field: string): unknown {
  return typeof record === 'object' && record !== null
    ? new Map<string, unknown>(Object.entries(record)).get(field)
    : undefined;
}

const latestFirst = (first: Correction, second: Correction): number =>
  second.at.localeCompare(first.at);

/**
 * The corrections and removals of an indicator's values, latest first, read from the audit
 * entries of its value records (archived ones too: a removed value is archived, and a value
 * entered again in the same cell is a new record, so a cell's history spans several).
 */
export function valueCorrections(
  indicatorId: string,
  values: readonly IndicatorValue[],
  entries: readonly AuditEntry[],
): ValueCorrection[] {
  const records = new Map(
    values.filter((value) => value.indicatorId === indicatorId).map((value) => [value.id, value]),
  );
  const corrections: ValueCorrection[] = [];
  for (const entry of entries) {
    const record = entry.table === 'indicatorValues' ? records.get(entry.recordId) : undefined;
    if (!record) continue;
    const cell = {
      at: entry.at,
      userName: entry.userName,
      organizationId: record.organizationId,
      period: record.period,
    };
    const previous = fieldOf(entry.before, 'value');
    const current = fieldOf(entry.after, 'value');
    if (entry.operation === 'update' && typeof previous === 'number') {
      corrections.push({
        ...cell,
        kind: 'corrected',
        previous,
        current: typeof current === 'number' ? current : null,
      });
    } else if (entry.operation === 'archive') {
      // An archived value is never changed again, so its stored value is the one removed.
      corrections.push({ ...cell, kind: 'removed', previous: record.value, current: null });
    }
  }
  return corrections.sort(latestFirst);
}

/**
 * The history of each expense, latest first, by expense id: every correction with the earlier
 * value of each field it changed, every archiving with the amount it took out of the totals.
 * The creation is not a correction and is left out.
 */
export function expenseCorrections(
  expenses: readonly Expenditure[],
  entries: readonly AuditEntry[],
): Map<string, ExpenseCorrection[]> {
  const byId = new Map(expenses.map((expense) => [expense.id, expense]));
  const history = new Map<string, ExpenseCorrection[]>();
  const add = (id: string, correction: ExpenseCorrection): void => {
    history.set(id, [...(history.get(id) ?? []), correction]);
  };
  for (const entry of entries) {
    const expense = entry.table === 'expenditures' ? byId.get(entry.recordId) : undefined;
    if (!expense) continue;
    const who = { at: entry.at, userName: entry.userName };
    if (entry.operation === 'archive') {
      add(expense.id, { ...who, kind: 'archived', amount: expense.amount });
    } else if (entry.operation === 'restore') {
      add(expense.id, { ...who, kind: 'restored' });
    } else if (entry.operation === 'update') {
      const changes = expenseHistoryFields.flatMap((field): ExpenseFieldChange[] =>
        fieldOf(entry.after, field) === undefined && fieldOf(entry.before, field) === undefined
          ? []
          : [{ field, previous: fieldOf(entry.before, field) ?? null }],
      );
      if (changes.length > 0) add(expense.id, { ...who, kind: 'corrected', changes });
    }
  }
  for (const corrections of history.values()) corrections.sort(latestFirst);
  return history;
}
