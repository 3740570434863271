import type { MessageKey } from '../../i18n';
import { breakdownCategories, type BreakdownDimension } from '../breakdowns';
import type { QuarterlyFigures } from './quarterlyFigures';
import { number, text, type ReportSection } from './reportDocument';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A category of a breakdown in words; a category Regia does not know is shown as stored. */
export function breakdownCategoryLabel(
  t: Translate,
  dimension: BreakdownDimension,
  category: string,
): string {
  if (category === 'notStated') return t('projects.breakdown.notStated');
  const known: readonly string[] = breakdownCategories[dimension];
  // The catalog has a message for every known category of every dimension (a test checks it).
  return known.includes(category)
    ? t(`projects.breakdown.${dimension}.${category}` as MessageKey)
    : category;
}

/** The beneficiaries of the indicators by each of their dimensions, in the quarter and to date. */
export function breakdownSections(t: Translate, figures: QuarterlyFigures): ReportSection[] {
  const rows = figures.indicators.flatMap((row) =>
    row.breakdowns.map((part) => [
      text(row.indicator.name),
      text(t(`projects.breakdown.dimension.${part.dimension}`)),
      text(breakdownCategoryLabel(t, part.dimension, part.category)),
      number(part.quarter),
      number(part.toDate),
    ]),
  );
  if (rows.length === 0) return [];
  return [
    {
      heading: t('projects.breakdown.reportTitle'),
      paragraphs: [],
      table: {
        columns: [
          t('projects.indicator.name'),
          t('projects.breakdown.dimension'),
          t('projects.breakdown.category'),
          t('projects.quarterly.inQuarter'),
          t('projects.quarterly.toDate'),
        ],
        rows,
        totals: null,
      },
    },
  ];
}
