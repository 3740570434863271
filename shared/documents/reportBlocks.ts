import type { Locale } from '../i18n';
import { cellText, type ReportDocument, type ReportTable } from '../projects';
import type { DocumentBlock, DocumentTable, Letterhead, OfficialDocument } from './documentModel';
import type { ReportSigning } from './reportSigning';

function tableOf(locale: Locale, table: ReportTable): DocumentTable {
  const numericColumns = table.columns.flatMap((_, index) =>
    [...table.rows, table.totals ?? []].some((row) => row[index]?.kind === 'number') ? [index] : [],
  );
  return {
    columns: table.columns,
    rows: table.rows.map((row) => row.map((cell) => cellText(locale, cell))),
    numericColumns,
    totals: table.totals ? table.totals.map((cell) => cellText(locale, cell)) : null,
  };
}

/**
 * A project report as an official document: title, subtitle, then each section in turn, closed
 * by its signature block where one is given.
 */
export function reportBlocks(
  locale: Locale,
  report: ReportDocument,
  letterhead: Letterhead | null,
  pageLabels: OfficialDocument['pageLabels'],
  signing: ReportSigning | null = null,
): OfficialDocument {
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: report.title },
    ...report.subtitle.map((text) => ({ kind: 'paragraph' as const, text })),
    ...report.sections.flatMap((section): DocumentBlock[] => [
      { kind: 'heading', level: 2, text: section.heading },
      ...section.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
      ...(section.table && section.table.rows.length > 0
        ? [{ kind: 'table' as const, table: tableOf(locale, section.table) }]
        : []),
      ...(section.chart ? [{ kind: 'chart' as const, chart: section.chart }] : []),
    ]),
    ...(signing ? [signing] : []),
  ];
  return {
    language: locale === 'it' ? 'it-IT' : 'en-GB',
    title: report.title,
    letterhead,
    draftMark: null,
    pageLabels,
    blocks,
  };
}
