import type { DocumentChart } from '../../documents/documentModel';
import type { Locale } from '../../i18n';
import { formatEuro, formatNumber, formatShare } from '../money';

/** A cell of a report table: a text, or a number with how to show it. */
export type ReportCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format: 'number' | 'euro' | 'percent' };

/** A table of a report: headings, rows and an optional totals row. */
export type ReportTable = {
  columns: string[];
  rows: ReportCell[][];
  totals: ReportCell[] | null;
};

/** A titled part of a report: paragraphs, then a table, then a chart of its figures. */
export type ReportSection = {
  heading: string;
  paragraphs: string[];
  table: ReportTable | null;
  chart?: DocumentChart | null;
};

/** A document Regia writes as DOCX, PDF and xlsx alike: what goes in it, not how it looks. */
export type ReportDocument = {
  title: string;
  subtitle: string[];
  sections: ReportSection[];
};

/** A text cell. */
export function text(value: string): ReportCell {
  return { kind: 'text', text: value };
}

/** A number cell. */
export function number(value: number): ReportCell {
  return { kind: 'number', value, format: 'number' };
}

/** An amount in euro (not cents). */
export function euro(value: number): ReportCell {
  return { kind: 'number', value, format: 'euro' };
}

/** A ratio shown as a percentage; an empty text when there is none. */
export function percent(value: number | null): ReportCell {
  return value === null ? text('') : { kind: 'number', value, format: 'percent' };
}

/** The text of a cell as printed in DOCX and PDF. */
export function cellText(locale: Locale, cell: ReportCell): string {
  if (cell.kind === 'text') return cell.text;
  if (cell.format === 'euro') return formatEuro(locale, cell.value);
  if (cell.format === 'percent') return formatShare(locale, cell.value);
  return formatNumber(locale, cell.value);
}
