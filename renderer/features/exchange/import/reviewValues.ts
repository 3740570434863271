import { actionStatuses, type ActionStatus } from '../../../../shared/domain';
import {
  euroText,
  partnerFields,
  partnerSheetNames,
  rejectedContent,
  type BaseValue,
  type ReviewItem,
} from '../../../../shared/exchange';
import type { Locale } from '../../../../shared/i18n';
import { formatDate } from '../../../app/formatting';
import type { Translate } from '../../../app/RegiaContext';

function isStatus(value: BaseValue): value is ActionStatus {
  return actionStatuses.some((status) => status === value);
}

/** The column a review line is about, as the partner's file names it. */
export function fieldLabel(t: Translate, item: ReviewItem): string {
  if (item.column) return item.column;
  const field = partnerFields[item.sheet].find((candidate) => candidate.key === item.field);
  return field ? t(field.header) : '—';
}

/** The record a review line is about: its title or name, or the new contact's name. */
export function recordLabel(t: Translate, item: ReviewItem): string {
  if (item.outcome === 'proposed' && item.field === null && item.proposal)
    return t('exchange.review.newAction', { title: String(item.proposal.title ?? '') });
  if (item.sheet === 'expenses' && item.outcome === 'new')
    return t('exchange.review.newExpense', { document: item.rowLabel });
  if (item.outcome === 'new' && item.proposal) {
    const name = [item.proposal.firstName, item.proposal.lastName]
      .filter((part) => typeof part === 'string' && part !== '')
      .join(' ');
    return t('exchange.review.newContact', { name });
  }
  return item.rowLabel || '—';
}

/** Where a review line is: sheet and row as the partner sees them. */
export function whereLabel(t: Translate, item: ReviewItem): string {
  return t('exchange.review.whereValue', {
    sheet: item.sheetName || partnerSheetNames[item.sheet],
    row: item.rowNumber,
  });
}

// What a proposed new action would be, on one line: status, progress, due date, project, note.
function newActionSummary(
  t: Translate,
  locale: Locale,
  proposal: Record<string, BaseValue>,
): string {
  const { status = null, progress, proposedDueDate, project, note } = proposal;
  return [
    isStatus(status) ? t(`enum.actionStatus.${status}`) : '',
    typeof progress === 'number' ? `${progress}%` : '',
    typeof proposedDueDate === 'string'
      ? t('exchange.review.proposedDue', {
          date: formatDate(locale, proposedDueDate, 'dd/MM/yyyy'),
        })
      : '',
    typeof project === 'string' ? project : '',
    typeof note === 'string' ? note : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

// What a reported expense would be, on one line: day, amount, project, voce, source, note.
function expenseSummary(locale: Locale, proposal: Record<string, BaseValue>): string {
  const { date, amountCents, project, costItem, source, note } = proposal;
  return [
    typeof date === 'string' ? formatDate(locale, date, 'dd/MM/yyyy') : '',
    typeof amountCents === 'number' ? `${euroText(amountCents)} €` : '',
    project,
    costItem,
    source,
    note,
  ]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' · ');
}

/** A value of a review line, written the way the user reads it. */
export function displayValue(
  t: Translate,
  locale: Locale,
  item: ReviewItem,
  side: 'base' | 'current' | 'incoming',
): string {
  if (side === 'incoming' && item.outcome === 'rejected') return rejectedContent(item) || '—';
  if (side === 'incoming' && item.sheet === 'actions' && item.field === null && item.proposal)
    return newActionSummary(t, locale, item.proposal);
  if (side === 'incoming' && item.sheet === 'expenses' && item.proposal)
    return expenseSummary(locale, item.proposal);
  if (item.field === null) return '—';
  const value = item[side];
  if (value === null || value === '') {
    const emptied =
      side === 'incoming' && (item.outcome === 'applied' || item.outcome === 'conflict');
    return emptied ? t('exchange.review.emptied') : '—';
  }
  const kind = partnerFields[item.sheet].find((candidate) => candidate.key === item.field)?.kind;
  if (kind === 'status' && isStatus(value)) return t(`enum.actionStatus.${value}`);
  if (kind === 'flag') return t('exchange.flag.yes');
  if ((kind === 'day' || kind === 'proposedDay') && typeof value === 'string')
    return formatDate(locale, value, 'dd/MM/yyyy');
  if (kind === 'percent' && typeof value === 'number') return `${value}%`;
  if (typeof value === 'number') return value.toLocaleString(locale === 'it' ? 'it-IT' : 'en-GB');
  return value;
}
