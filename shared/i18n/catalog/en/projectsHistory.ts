import type { projectsHistoryIt } from '../projectsHistory';

/** English messages of the history of corrections. */
export const projectsHistoryEn: Record<keyof typeof projectsHistoryIt, string> = {
  'projects.history.values': 'History: {count, plural, one {# correction} other {# corrections}}',
  'projects.history.valuesList': 'Corrections of the values of {name}',
  'projects.history.valueLine': '{partner}, {period}: {change}',
  'projects.history.valueCorrected':
    'corrected on {date} by {user} (previous value {previous}, now {current})',
  'projects.history.valueRemoved': 'removed on {date} by {user} (previous value {previous})',
  'projects.history.unknownUser': 'unnamed user',
  'projects.history.expenseButton': 'History of the expense {document} of {amount}',
  'projects.history.expenseCorrected': 'corrected on {date} by {user} (previous value: {changes})',
  'projects.history.expenseArchived': 'archived on {date} by {user} (amount {amount})',
  'projects.history.expenseRestored': 'restored on {date} by {user}',
  'projects.history.fieldValue': '{field} {value}',
  'projects.history.emptyValue': 'empty',
  'projects.history.field.amount': 'amount',
  'projects.history.field.date': 'date',
  'projects.history.field.documentReference': 'document',
  'projects.history.field.period': 'period',
  'projects.history.field.organizationId': 'partner',
  'projects.history.field.costItemId': 'budget line',
  'projects.history.field.fundingSourceName': 'source',
  'projects.history.field.note': 'note',
  'projects.history.archivedExpenses':
    '{count, plural, one {# archived expense} other {# archived expenses}}',
  'projects.history.archivedList': 'Archived expenses',
  'projects.history.archivedLine': '{document} of {amount}: {change}',
};
