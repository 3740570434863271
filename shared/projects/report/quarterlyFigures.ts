import type { CostItem, Expenditure, Indicator, IndicatorValue, Project } from '../../domain';
import { plannedCentsOf } from '../budget';
import { summarizeBreakdowns, type BreakdownDimension } from '../breakdowns';
import { summarizeIndicator } from '../indicators';
import { toCents } from '../money';
import { periodBounds } from '../periods';

/** Planned money against what was spent in the quarter and up to its end, in cents. */
export type QuarterSpending = {
  plannedCents: number;
  quarterSpentCents: number;
  toDateSpentCents: number;
  /** Planned less spent to date: negative when spent beyond the plan. */
  remainderCents: number;
  /** Spent to date over planned; null when nothing was planned. */
  spentShare: number | null;
};

/** One partner, voce di spesa or source of the quarterly report; null is spending on none. */
export type PartnerSpending = QuarterSpending & { organizationId: string | null };
/** A voce di spesa's spending; null is the spending booked on none. */
export type CostItemSpending = QuarterSpending & { costItem: CostItem | null };
/** A funding source's spending; null is the spending on no source the plan has. */
export type SourceSpending = QuarterSpending & { name: string | null };

/** One partner's part of an indicator: in the quarter and up to its end. */
export type QuarterPartnerResult = {
  organizationId: string | null;
  quarter: number;
  toDate: number;
};

/** An indicator in the quarter and cumulated to its end, combined by its period rule. */
export type QuarterIndicator = {
  indicator: Indicator;
  quarter: number;
  toDate: number;
  /** The cumulative result over the target; null when the target is not positive. */
  shareOfTarget: number | null;
  byPartner: QuarterPartnerResult[];
  /** Its beneficiaries by each of its dimensions, the people not stated last in each. */
  breakdowns: QuarterBreakdown[];
};

/** One category of a beneficiary breakdown: in the quarter and up to its end. */
export type QuarterBreakdown = {
  dimension: BreakdownDimension;
  category: string;
  quarter: number;
  toDate: number;
};

/** Which breakdown of the spending a warning is about. */
export type SpendingBreakdown = 'partner' | 'costItem' | 'source';

/** Where the figures of the quarterly report do not add up, or spending went beyond its plan. */
export type QuarterWarning =
  | { kind: 'partnersPlanned' | 'costItemsPlanned'; plannedCents: number; fundingCents: number }
  | { kind: 'overspent'; breakdown: SpendingBreakdown; key: string; line: QuarterSpending }
  | { kind: 'unassigned'; breakdown: SpendingBreakdown; cents: number }
  | { kind: 'mismatch'; breakdown: SpendingBreakdown; sumCents: number; totalCents: number };

/** Every figure of a project's quarterly report: the one model its preview, DOCX and xlsx show. */
export type QuarterlyFigures = {
  quarter: string;
  /** The quarter's first and last day (`yyyy-MM-dd`). */
  start: string;
  end: string;
  /** The whole project: the funding against all spending. */
  totals: QuarterSpending;
  byPartner: PartnerSpending[];
  byCostItem: CostItemSpending[];
  bySource: SourceSpending[];
  indicators: QuarterIndicator[];
  warnings: QuarterWarning[];
};

/** What the quarterly figures are computed from. */
export type QuarterlyFiguresInput = {
  project: Project;
  indicators: readonly Indicator[];
  values: readonly IndicatorValue[];
  expenditures: readonly Expenditure[];
  /** The quarter reported on, e.g. `2026-Q1`. */
  quarter: string;
};

function spendingLine(
  plannedCents: number,
  quarterSpentCents: number,
  toDateSpentCents: number,
): QuarterSpending {
  return {
    plannedCents,
    quarterSpentCents,
    toDateSpentCents,
    remainderCents: plannedCents - toDateSpentCents,
    spentShare: plannedCents > 0 ? toDateSpentCents / plannedCents : null,
  };
}

type Timed = { period: string };

/** Splits records into those of the quarter and those up to its end, by the day each period starts. */
function splitByQuarter<T extends Timed>(
  rows: readonly T[],
  start: string,
  end: string,
): { inQuarter: T[]; toDate: T[] } {
  const starts = rows.map((row) => ({ row, start: periodBounds(row.period)?.start ?? null }));
  return {
    inQuarter: starts
      .filter((entry) => entry.start !== null && entry.start >= start && entry.start <= end)
      .map((entry) => entry.row),
    toDate: starts.filter((entry) => entry.start !== null && entry.start <= end).map((e) => e.row),
  };
}

/** Sums expenses per key: keys known to the plan first, then the others met, then none (null). */
function spendingBy<K extends string>(
  planned: ReadonlyMap<K, number>,
  keyOf: (expense: Expenditure) => K | null,
  inQuarter: readonly Expenditure[],
  toDate: readonly Expenditure[],
): { key: K | null; line: QuarterSpending }[] {
  const sum = (rows: readonly Expenditure[], key: K | null): number =>
    rows
      .filter((expense) => keyOf(expense) === key)
      .reduce((total, expense) => total + toCents(expense.amount), 0);
  const keys: (K | null)[] = [...planned.keys()];
  for (const expense of toDate) {
    const key = keyOf(expense);
    if (!keys.includes(key)) keys.push(key);
  }
  keys.sort((left, right) => (left === null ? 1 : right === null ? -1 : 0));
  return keys.map((key) => ({
    key,
    line: spendingLine(
      key === null ? 0 : (planned.get(key) ?? 0),
      sum(inQuarter, key),
      sum(toDate, key),
    ),
  }));
}

function indicatorInQuarter(
  indicator: Indicator,
  inQuarter: readonly IndicatorValue[],
  toDate: readonly IndicatorValue[],
  partnerIds: readonly string[],
): QuarterIndicator {
  const quarter = summarizeIndicator(indicator, inQuarter, partnerIds);
  const cumulative = summarizeIndicator(indicator, toDate, partnerIds);
  const quarterOf = new Map(quarter.byPartner.map((row) => [row.organizationId, row.total]));
  const quarterParts = summarizeBreakdowns(indicator, inQuarter);
  return {
    indicator,
    quarter: quarter.total,
    toDate: cumulative.total,
    shareOfTarget: cumulative.shareOfTarget,
    byPartner: cumulative.byPartner.map((row) => ({
      organizationId: row.organizationId,
      quarter: quarterOf.get(row.organizationId) ?? 0,
      toDate: row.total,
    })),
    breakdowns: summarizeBreakdowns(indicator, toDate).map((row, index) => ({
      dimension: row.dimension,
      category: row.category,
      quarter: quarterParts[index]?.value ?? 0,
      toDate: row.value,
    })),
  };
}

function sumOf(lines: readonly { line: QuarterSpending }[], pick: keyof QuarterSpending): number {
  return lines.reduce((total, entry) => total + (entry.line[pick] ?? 0), 0);
}

/**
 * The figures of a project's quarterly report, in cents: spending per partner, per voce di spesa
 * and per funding source in the quarter and up to its end, beside what was planned; each
 * indicator in the quarter and cumulated by its period rule; and a warning wherever the plan or
 * the spending does not add up. Archived expenses and indicators do not count; spending on no
 * partner, voce or known source gets a row of its own so that every breakdown adds up to the total.
 */
export function quarterlyFigures(input: QuarterlyFiguresInput): QuarterlyFigures {
  const { project, quarter } = input;
  const bounds = periodBounds(quarter) ?? { start: quarter, end: quarter };
  const { start, end } = bounds;
  const expenses = splitByQuarter(
    input.expenditures.filter(
      (expense) => expense.archivedAt === null && expense.projectId === project.id,
    ),
    start,
    end,
  );
  const partnerIds = project.partners.map((partner) => partner.organizationId);
  const byPartner = spendingBy(
    new Map(partnerIds.map((id) => [id, plannedCentsOf(project, id)])),
    (expense) => expense.organizationId,
    expenses.inQuarter,
    expenses.toDate,
  );
  const costItems = new Map(project.costItems.map((item) => [item.id, item]));
  const byCostItem = spendingBy(
    new Map(project.costItems.map((item) => [item.id, toCents(item.planned)])),
    (expense) =>
      expense.costItemId !== null && costItems.has(expense.costItemId) ? expense.costItemId : null,
    expenses.inQuarter,
    expenses.toDate,
  );
  const sourcePlans = new Map<string, number>();
  for (const source of project.fundingSources) {
    sourcePlans.set(source.name, (sourcePlans.get(source.name) ?? 0) + toCents(source.amount));
  }
  const bySource = spendingBy(
    sourcePlans,
    (expense) => (sourcePlans.has(expense.fundingSourceName) ? expense.fundingSourceName : null),
    expenses.inQuarter,
    expenses.toDate,
  );
  const fundingCents = [...sourcePlans.values()].reduce((total, cents) => total + cents, 0);
  const totals = spendingLine(
    fundingCents,
    expenses.inQuarter.reduce((total, expense) => total + toCents(expense.amount), 0),
    expenses.toDate.reduce((total, expense) => total + toCents(expense.amount), 0),
  );
  const breakdowns = { partner: byPartner, costItem: byCostItem, source: bySource } as const;
  const warnings: QuarterWarning[] = [];
  const partnersPlanned = sumOf(byPartner, 'plannedCents');
  if (partnersPlanned !== fundingCents) {
    warnings.push({ kind: 'partnersPlanned', plannedCents: partnersPlanned, fundingCents });
  }
  const costItemsPlanned = sumOf(byCostItem, 'plannedCents');
  if (project.costItems.length > 0 && costItemsPlanned !== fundingCents) {
    warnings.push({ kind: 'costItemsPlanned', plannedCents: costItemsPlanned, fundingCents });
  }
  for (const breakdown of ['partner', 'costItem', 'source'] as const) {
    const lines = breakdowns[breakdown];
    for (const pick of ['quarterSpentCents', 'toDateSpentCents'] as const) {
      const sumCents = sumOf(lines, pick);
      if (sumCents !== totals[pick]) {
        warnings.push({ kind: 'mismatch', breakdown, sumCents, totalCents: totals[pick] });
      }
    }
    for (const { key, line } of lines) {
      if (key === null && line.toDateSpentCents !== 0) {
        if (breakdown !== 'costItem' || project.costItems.length > 0) {
          warnings.push({ kind: 'unassigned', breakdown, cents: line.toDateSpentCents });
        }
      } else if (key !== null && line.remainderCents < 0) {
        warnings.push({ kind: 'overspent', breakdown, key, line });
      }
    }
  }
  const values = splitByQuarter(
    input.values.filter((value) => value.projectId === project.id),
    start,
    end,
  );
  return {
    quarter,
    start,
    end,
    totals,
    byPartner: byPartner.map(({ key, line }) => ({ organizationId: key, ...line })),
    byCostItem: byCostItem.map(({ key, line }) => ({
      costItem: key === null ? null : (costItems.get(key) ?? null),
      ...line,
    })),
    bySource: bySource.map(({ key, line }) => ({ name: key, ...line })),
    indicators: input.indicators
      .filter((indicator) => indicator.archivedAt === null && indicator.projectId === project.id)
      .map((indicator) =>
        indicatorInQuarter(indicator, values.inQuarter, values.toDate, partnerIds),
      ),
    warnings,
  };
}
