/**
 * Italian messages of the history of corrections (an indicator's values, the expenses): what a
 * value was before it was corrected or removed; keys start with `projects.history.`.
 */
export const projectsHistoryIt = {
  'projects.history.values': 'Storico: {count, plural, one {# correzione} other {# correzioni}}',
  'projects.history.valuesList': 'Correzioni dei valori di {name}',
  'projects.history.valueLine': '{partner}, {period}: {change}',
  'projects.history.valueCorrected':
    'corretto il {date} da {user} (valore precedente {previous}, ora {current})',
  'projects.history.valueRemoved': 'eliminato il {date} da {user} (valore precedente {previous})',
  'projects.history.unknownUser': 'utente non indicato',
  'projects.history.expenseButton': 'Storico della spesa {document} di {amount}',
  'projects.history.expenseCorrected':
    'corretta il {date} da {user} (valore precedente: {changes})',
  'projects.history.expenseArchived': 'archiviata il {date} da {user} (importo {amount})',
  'projects.history.expenseRestored': 'ripristinata il {date} da {user}',
  'projects.history.fieldValue': '{field} {value}',
  'projects.history.emptyValue': 'vuoto',
  'projects.history.field.amount': 'importo',
  'projects.history.field.date': 'data',
  'projects.history.field.documentReference': 'documento',
  'projects.history.field.period': 'periodo',
  'projects.history.field.organizationId': 'partner',
  'projects.history.field.costItemId': 'voce di spesa',
  'projects.history.field.fundingSourceName': 'fonte',
  'projects.history.field.note': 'nota',
  'projects.history.archivedExpenses':
    '{count, plural, one {# spesa archiviata} other {# spese archiviate}}',
  'projects.history.archivedList': 'Spese archiviate',
  'projects.history.archivedLine': '{document} di {amount}: {change}',
} as const satisfies Record<string, string>;
