import type { DocumentChart } from '../../documents/documentModel';
import type { Locale, MessageKey } from '../../i18n';
import { centsToEuro, formatEuro, formatNumber, formatShare } from '../money';
import type { QuarterIndicator } from './quarterlyFigures';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const plannedColor = '#868e96';
const spentColor = '#1971c2';

/** A row of a spending chart: what it is, its plan and what was spent to the chart's day, in cents. */
export type SpendingChartRow = { label: string; plannedCents: number; spentCents: number };

/** An indicator as a chart draws it: reached to the chart's day, against its target. */
export type IndicatorChartRow = Pick<QuarterIndicator, 'indicator' | 'toDate'>;

function describe(title: string, lines: string[]): string {
  return `${title}. ${lines.join('; ')}.`;
}

/**
 * The chart of planned against spent to a day (a quarter's end, or today), per voce di spesa (or
 * per partner where the project has no voci), as the project page draws it; its description says
 * every figure.
 */
export function spendingChart(
  t: Translate,
  locale: Locale,
  title: string,
  rows: readonly SpendingChartRow[],
): DocumentChart {
  const euro = (cents: number): string => formatEuro(locale, centsToEuro(cents));
  const chartRows = rows.map(({ label, plannedCents, spentCents }) => ({
    label,
    values: [centsToEuro(plannedCents), centsToEuro(spentCents)],
    texts: [euro(plannedCents), euro(spentCents)],
  }));
  return {
    title,
    description: describe(
      title,
      rows.map(({ label, plannedCents, spentCents }) =>
        t('projects.quarterly.chartSpendingRow', {
          label,
          planned: euro(plannedCents),
          spent: euro(spentCents),
        }),
      ),
    ),
    series: [
      { name: t('projects.quarterly.planned'), color: plannedColor },
      { name: t('projects.quarterly.spentToDate'), color: spentColor },
    ],
    rows: chartRows,
    reference: null,
  };
}

/**
 * The chart of each indicator reached to a day (a quarter's end, or today) as a share of its
 * target, with the target drawn at 100%; an indicator without a target has no bar, and null comes
 * back when none has one.
 */
export function indicatorsChart(
  t: Translate,
  locale: Locale,
  title: string,
  indicators: readonly IndicatorChartRow[],
): DocumentChart | null {
  const measured = indicators.filter((row) => row.indicator.target > 0);
  if (measured.length === 0) return null;
  const number = (value: number): string => formatNumber(locale, value);
  const share = (row: IndicatorChartRow): number => row.toDate / row.indicator.target;
  return {
    title,
    description: describe(
      title,
      measured.map((row) =>
        t('projects.quarterly.chartIndicatorRow', {
          label: row.indicator.name,
          reached: number(row.toDate),
          target: number(row.indicator.target),
          share: formatShare(locale, share(row)),
        }),
      ),
    ),
    series: [{ name: t('projects.quarterly.chartReached'), color: spentColor }],
    rows: measured.map((row) => ({
      label: row.indicator.name,
      values: [share(row) * 100],
      texts: [`${number(row.toDate)} (${formatShare(locale, share(row))})`],
    })),
    reference: { value: 100, label: t('projects.quarterly.chartTarget') },
  };
}
