import type { Indicator } from '../domain';
import { periodBounds } from './periods';

/**
 * How an indicator's values of several periods combine into one figure for a partner:
 * `sum` for flows (hours of training, placements), `max` for things counted again each period
 * (the same "aziende coinvolte" reported every quarter: the most reached in one period is the
 * best estimate of how many distinct ones), `last` for stocks reported as to-date totals.
 */
export const periodCombinations = ['sum', 'max', 'last'] as const;
export type PeriodCombination = (typeof periodCombinations)[number];

/** Combines one partner's values, given in period order, by the indicator's rule. */
export function combinePeriods(rule: PeriodCombination, valuesInOrder: readonly number[]): number {
  if (valuesInOrder.length === 0) return 0;
  if (rule === 'max') return Math.max(...valuesInOrder);
  if (rule === 'last') return valuesInOrder[valuesInOrder.length - 1] ?? 0;
  return Math.round(valuesInOrder.reduce((sum, value) => sum + value, 0) * 1e6) / 1e6;
}

/** How many times the target a value may be before it is flagged as a likely typing mistake. */
export const outlierFactor = 10;

/** Why an indicator value cannot be stored. */
export type ValueProblem = 'futurePeriod' | 'negative' | 'notPeriod';

/** Units whose values may go below zero: changes and balances, not counts. */
const signedUnit = /variazion|saldo|differenz|delta|change|balance/i;

/**
 * What refuses an indicator value: a period that starts after today (a quarter not yet begun),
 * a negative value where the unit counts things, a period that is no period.
 */
export function valueProblem(
  indicator: Pick<Indicator, 'unit'>,
  period: string,
  value: number,
  today: string,
): ValueProblem | null {
  const bounds = periodBounds(period);
  if (!bounds) return 'notPeriod';
  if (bounds.start > today) return 'futurePeriod';
  if (value < 0 && !signedUnit.test(indicator.unit)) return 'negative';
  return null;
}

/** Whether a value is far beyond the target (over ten times): stored, but flagged to check. */
export function isOutlierValue(indicator: Pick<Indicator, 'target'>, value: number): boolean {
  return indicator.target > 0 && value > indicator.target * outlierFactor;
}
