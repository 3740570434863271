import { actionStatuses } from '../domain';
import { translate, type MessageKey, type MessageParams } from '../i18n';
import { defaultDecision, isDecidable, type Decisions } from './importPlan';
import type { ImportReview, ReviewItem } from './mergeTypes';
import type { BaseValue } from './partnerBase';
import { partnerFields, statusLabel, type DataSheetKey } from './partnerFormat';
import type { TextLine } from './xlsx/workbookSpec';
import { writeXlsx } from './xlsx/writeXlsx';

const it = (key: MessageKey, params?: MessageParams): string => translate('it', key, params);

/** One line of the file back to a partner: where, what, the value sent and why it was not taken. */
export type NotAcceptedLine = {
  sheetName: string;
  rowNumber: number;
  record: string;
  column: string;
  value: string;
  reason: string;
};

function italianValue(sheet: DataSheetKey, key: string | null, value: BaseValue): string {
  if (value === null) return '';
  const kind = partnerFields[sheet].find((field) => field.key === key)?.kind;
  if (kind === 'status') {
    const status = actionStatuses.find((candidate) => candidate === value);
    if (status) return statusLabel(status);
  }
  if ((kind === 'day' || kind === 'proposedDay') && typeof value === 'string') {
    const [year, month, day] = value.split('-');
    return `${day}/${month}/${year}`;
  }
  if (kind === 'flag') return it('exchange.flag.yes');
  if (typeof value === 'number') return String(value).replace('.', ',');
  return value;
}

// A whole new row: its values as the partner wrote them, one after the other.
function rowContent(item: ReviewItem): string {
  return Object.entries(item.proposal ?? {})
    .map(([key, value]) => italianValue(item.sheet, key, value))
    .filter((text) => text !== '')
    .join(' · ');
}

/**
 * What a rejected value or row held as the partner wrote it: the cell, or for a row refused
 * whole its ID then its other cells.
 */
export function rejectedContent(item: Pick<ReviewItem, 'cellText' | 'rowText'>): string {
  return [item.cellText, item.rowText ?? ''].filter((text) => text !== '').join(' · ');
}

function reasonOf(item: ReviewItem): string {
  if (item.outcome === 'rejected')
    return item.reason ? it(`exchange.reason.${item.reason}`) : it('exchange.notAccepted.refused');
  if (item.outcome === 'conflict')
    return it('exchange.notAccepted.conflict', {
      current: italianValue(item.sheet, item.field, item.current),
    });
  if (item.outcome === 'proposed') return it('exchange.notAccepted.proposalRefused');
  return it('exchange.notAccepted.refused');
}

/**
 * What of a returned workbook Regia did not take, in sheet and row order: rows and values
 * rejected (with the reason in plain Italian), and the changes, proposals and new rows the
 * coordinator left out (a conflict kept at Regia's value says which value stays).
 */
export function notAcceptedLines(review: ImportReview, decisions: Decisions): NotAcceptedLine[] {
  return review.items
    .filter(
      (item) =>
        item.outcome === 'rejected' ||
        (isDecidable(item) && !(decisions.get(item.key) ?? defaultDecision(item))),
    )
    .map((item) => {
      const field = partnerFields[item.sheet].find((candidate) => candidate.key === item.field);
      return {
        sheetName: item.sheetName,
        rowNumber: item.rowNumber,
        record: item.rowLabel,
        column:
          item.field === null && item.outcome !== 'rejected'
            ? it('exchange.notAccepted.wholeRow')
            : (item.column ?? (field ? it(field.header) : '')),
        value:
          item.outcome === 'rejected'
            ? rejectedContent(item)
            : item.field === null
              ? rowContent(item)
              : italianValue(item.sheet, item.field, item.incoming),
        reason: reasonOf(item),
      };
    })
    .sort(
      (first, second) =>
        first.sheetName.localeCompare(second.sheetName) || first.rowNumber - second.rowNumber,
    );
}

/** Where the file back to a partner comes from: the returned file and the day it was reviewed. */
export type NotAcceptedSource = { fileName: string; reviewedOn: string };

/**
 * The workbook to send back to a partner with what was not accepted and why, written with
 * Regia's one xlsx writer: a short note in Italian, then one row per value or row not taken.
 */
export function writeNotAcceptedWorkbook(
  review: ImportReview,
  decisions: Decisions,
  source: NotAcceptedSource,
): Uint8Array {
  const lines = notAcceptedLines(review, decisions);
  const [year, month, day] = source.reviewedOn.slice(0, 10).split('-');
  const params = {
    partner: review.partnerName,
    file: source.fileName,
    date: `${day}/${month}/${year}`,
    count: lines.length,
  };
  const note: TextLine[] = [
    { text: it('exchange.notAccepted.title', params), style: 'title' },
    { text: it('exchange.notAccepted.file', params), style: 'body' },
    { text: it('exchange.notAccepted.count', params), style: 'heading' },
    { text: it('exchange.notAccepted.help'), style: 'body' },
  ];
  const text = (header: MessageKey, width: number) => ({
    header: it(header),
    width,
    format: 'text' as const,
    editable: false,
  });
  return writeXlsx({
    title: it('exchange.notAccepted.title', params),
    sheets: [
      { kind: 'text', name: it('exchange.notAccepted.noteSheet'), width: 110, lines: note },
      {
        kind: 'table',
        name: it('exchange.notAccepted.sheet'),
        columns: [
          text('exchange.notAccepted.column.sheet', 14),
          { ...text('exchange.notAccepted.column.row', 8), format: 'integer' },
          text('exchange.notAccepted.column.record', 40),
          text('exchange.notAccepted.column.column', 24),
          text('exchange.notAccepted.column.value', 30),
          text('exchange.notAccepted.column.reason', 60),
        ],
        rows: lines.map((line) => [
          line.sheetName,
          line.rowNumber,
          line.record,
          line.column,
          line.value,
          line.reason,
        ]),
        autoFilter: true,
      },
    ],
  });
}
