import type { Indicator, IndicatorValue } from '../domain';
import { combinePeriods } from './indicatorRules';
import { sumValues } from './money';
import { comparePeriods } from './periods';

/** One partner's part of an indicator's result. */
export type PartnerResult = {
  /** The partner, or null for values reported for the whole project. */
  organizationId: string | null;
  total: number;
  /** The partner's total over the indicator's target; null when the target is not positive. */
  shareOfTarget: number | null;
};

/** The result of an indicator in one period, and the result so far. */
export type PeriodResult = {
  period: string;
  total: number;
  cumulative: number;
  /** The cumulative result over the target; null when the target is not positive. */
  shareOfTarget: number | null;
};

/** What an indicator reached: in total, per partner and per period. */
export type IndicatorSummary = {
  indicator: Indicator;
  total: number;
  shareOfTarget: number | null;
  byPartner: PartnerResult[];
  byPeriod: PeriodResult[];
  /** The value of each partner in each period, keyed `organizationId|period`. */
  cells: ReadonlyMap<string, number>;
};

/** The key of a partner's value in a period inside `IndicatorSummary.cells`. */
export function cellKey(organizationId: string | null, period: string): string {
  return `${organizationId ?? ''}|${period}`;
}

function shareOf(total: number, target: number): number | null {
  return target > 0 ? total / target : null;
}

/**
 * The values that count: not archived, and for each partner and period only the latest one
 * (a corrected figure replaces the first, it does not add to it).
 */
export function currentValues(values: readonly IndicatorValue[]): IndicatorValue[] {
  const latest = new Map<string, IndicatorValue>();
  for (const value of values) {
    if (value.archivedAt !== null) continue;
    const key = `${value.indicatorId}|${cellKey(value.organizationId, value.period)}`;
    const seen = latest.get(key);
    if (!seen || seen.updatedAt < value.updatedAt) latest.set(key, value);
  }
  return [...latest.values()];
}

/**
 * Sums an indicator's values per partner and per period. The values are what was achieved in
 * each period; how a partner's periods combine follows the indicator's rule (`aggregation`:
 * summed for flows, the most for things counted again each quarter, the latest for stocks),
 * and the partners' figures add up to the total. The share of target is that total over the
 * target; the baseline is shown beside it, not added. `partnerOrder` lists the project's
 * partners first, so that those with no value show a zero.
 */
export function summarizeIndicator(
  indicator: Indicator,
  values: readonly IndicatorValue[],
  partnerOrder: readonly string[] = [],
): IndicatorSummary {
  const rule = indicator.aggregation;
  const own = currentValues(values.filter((value) => value.indicatorId === indicator.id)).sort(
    (first, second) => comparePeriods(first.period, second.period),
  );
  const cells = new Map<string, number>();
  const partners = new Map<string | null, IndicatorValue[]>(partnerOrder.map((id) => [id, []]));
  const periods = new Map<string, number[]>();
  for (const value of own) {
    cells.set(cellKey(value.organizationId, value.period), value.value);
    partners.set(value.organizationId, [...(partners.get(value.organizationId) ?? []), value]);
    periods.set(value.period, [...(periods.get(value.period) ?? []), value.value]);
  }
  const combinedUpTo = (lastPeriod: string | null): number =>
    sumValues(
      [...partners.values()].map((partnerValues) =>
        combinePeriods(
          rule,
          partnerValues
            .filter((value) => lastPeriod === null || comparePeriods(value.period, lastPeriod) <= 0)
            .map((value) => value.value),
        ),
      ),
    );
  const total = combinedUpTo(null);
  const byPeriod = [...periods.keys()].sort(comparePeriods).map((period) => {
    const cumulative = combinedUpTo(period);
    return {
      period,
      total: sumValues(periods.get(period) ?? []),
      cumulative,
      shareOfTarget: shareOf(cumulative, indicator.target),
    };
  });
  const byPartner = [...partners.entries()].map(([organizationId, partnerValues]) => {
    const partnerTotal = combinePeriods(
      rule,
      partnerValues.map((value) => value.value),
    );
    return {
      organizationId,
      total: partnerTotal,
      shareOfTarget: shareOf(partnerTotal, indicator.target),
    };
  });
  return {
    indicator,
    total,
    shareOfTarget: shareOf(total, indicator.target),
    byPartner,
    byPeriod,
    cells,
  };
}

/** Every period that has a value for any of the summaries, in order. */
export function reportedPeriods(summaries: readonly IndicatorSummary[]): string[] {
  const periods = new Set(
    summaries.flatMap((summary) => summary.byPeriod.map((row) => row.period)),
  );
  return [...periods].sort(comparePeriods);
}
