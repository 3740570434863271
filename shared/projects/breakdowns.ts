import type { Indicator, IndicatorValue, ValueBreakdown } from '../domain';
import { breakdownDimensions } from '../domain';
import { currentValues } from './indicators';
import { sumValues } from './money';
import { comparePeriods } from './periods';

/** A dimension a beneficiary count is broken down by. */
export type BreakdownDimension = (typeof breakdownDimensions)[number];

/**
 * The categories of each dimension, as the Regione's monitoring of the Fondo Regionale Disabili
 * asks for them; the people of a value not put in any category are "not stated".
 */
export const breakdownCategories = {
  disability: ['physical', 'psychic', 'intellectual', 'sensory', 'multiple'],
  gender: ['women', 'men'],
  ageBand: ['under25', 'from25to34', 'from35to49', 'from50'],
  law68: ['article1', 'article18', 'notEnrolled'],
} as const satisfies Record<BreakdownDimension, readonly string[]>;

/** A dimension whose parts add up to more than the value they break down. */
export type BreakdownExcess = { dimension: BreakdownDimension; partsTotal: number; value: number };

/** The total of a dimension's parts. */
export function partsTotal(breakdowns: readonly ValueBreakdown[], dimension: string): number {
  return sumValues(
    breakdowns.filter((part) => part.dimension === dimension).map((part) => part.value),
  );
}

/**
 * The dimensions whose parts exceed the value (12 women and 10 men in a value of 20): such a
 * value is refused. Parts adding up to less are allowed; the rest is "not stated".
 */
export function breakdownExcesses(
  value: number,
  breakdowns: readonly ValueBreakdown[],
): BreakdownExcess[] {
  return breakdownDimensions
    .map((dimension) => ({ dimension, partsTotal: partsTotal(breakdowns, dimension), value }))
    .filter((entry) => entry.partsTotal > value);
}

/** One category of a dimension with how many people it counts; `notStated` is the rest. */
export type BreakdownRow = {
  dimension: BreakdownDimension;
  /** A category of the dimension, or `notStated` for the rest. */
  category: string;
  value: number;
};

/** The values that make an indicator's figure under its rule: all summed, the most, or the latest. */
function countingValues(indicator: Indicator, values: readonly IndicatorValue[]): IndicatorValue[] {
  const byPartner = new Map<string | null, IndicatorValue[]>();
  const own = currentValues(values.filter((value) => value.indicatorId === indicator.id)).sort(
    (left, right) => comparePeriods(left.period, right.period),
  );
  for (const value of own) {
    byPartner.set(value.organizationId, [...(byPartner.get(value.organizationId) ?? []), value]);
  }
  return [...byPartner.values()].flatMap((rows): IndicatorValue[] => {
    if (indicator.aggregation === 'sum') return rows;
    const chosen =
      indicator.aggregation === 'last'
        ? rows.at(-1)
        : rows.reduce((best, row) => (row.value > best.value ? row : best));
    return chosen ? [chosen] : [];
  });
}

/**
 * An indicator's beneficiaries by each of its dimensions, over the given values: the parts of the
 * values that make its figure (combined by its period rule, as the figure is), and per dimension
 * the people in no category, so that each dimension adds up to the figure.
 */
export function summarizeBreakdowns(
  indicator: Indicator,
  values: readonly IndicatorValue[],
): BreakdownRow[] {
  const counting = countingValues(indicator, values);
  const total = sumValues(counting.map((value) => value.value));
  const parts = counting.flatMap((value) => value.breakdowns);
  return indicator.breakdownDimensions.flatMap((dimension) => {
    const categories: readonly string[] = breakdownCategories[dimension];
    const rows: BreakdownRow[] = categories.map((category) => ({
      dimension,
      category,
      value: sumValues(
        parts
          .filter((part) => part.dimension === dimension && part.category === category)
          .map((part) => part.value),
      ),
    }));
    const stated = sumValues(rows.map((row) => row.value));
    return [...rows, { dimension, category: 'notStated', value: sumValues([total, -stated]) }];
  });
}
