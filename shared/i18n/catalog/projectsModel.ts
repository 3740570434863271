/**
 * Italian messages of the project model as Regione funds it (several capofila, voci di spesa, the
 * expense register, beneficiary breakdowns); keys start with `projects.`.
 */
export const projectsModelIt = {
  'projects.field.isLead': 'Capofila',
  'projects.field.leads': 'Enti capofila',
  'projects.costCategory.personnel': 'Personale',
  'projects.costCategory.services': 'Servizi e consulenze',
  'projects.costCategory.equipment': 'Attrezzature',
  'projects.costCategory.materials': 'Materiali di consumo',
  'projects.costCategory.travel': 'Viaggi e trasferte',
  'projects.costCategory.overheads': 'Spese generali',
  'projects.costCategory.other': 'Altre spese',
  'projects.field.costItems': 'Voci di spesa',
  'projects.costItem.category': 'Categoria',
  'projects.costItem.name': 'Voce di spesa',
  'projects.costItem.planned': 'Previsto (€)',
  'projects.costItem.none': 'Senza voce di spesa',
  'projects.addCostItem': 'Aggiungi voce di spesa',
  'projects.costItemNumber': 'Voce di spesa {number}',
  'projects.costItemsMismatch':
    'Le voci di spesa ({costItems}) non corrispondono al totale delle fonti ({sources})',
  'projects.costItems.table': 'Budget per voce di spesa',
  'projects.costItems.periodSpent': 'Speso nel periodo',
  'projects.costItems.spentBy': 'Speso da {partner}',
  'projects.budget.overspent.costItem':
    'Voce «{name}»: speso {spent} (previsto {planned}, {share}), residuo {remainder}',
  'projects.expense.date': 'Data',
  'projects.expense.document': 'Documento (fattura, cedolino…)',
  'projects.expense.costItem': 'Voce di spesa',
  'projects.expense.dateOutsidePeriod': 'La data non cade in {period}',
  'projects.expense.edit': 'Correggi la spesa',
  'projects.expense.updated': 'Spesa corretta',
  'projects.register.title': 'Registro delle spese',
  'projects.register.filterPartner': 'Partner',
  'projects.register.filterCostItem': 'Voce di spesa',
  'projects.register.filterPeriod': 'Periodo',
  'projects.register.all': 'Tutti',
  'projects.register.empty': 'Nessuna spesa da elencare',
  'projects.register.summary':
    '{count, plural, one {# spesa} other {# spese}} per un totale di {total}',
  'projects.register.editRow': 'Correggi la spesa {document} di {amount}',
  'projects.register.archiveRow': 'Archivia la spesa {document} di {amount}',
  'projects.register.archiveConfirm':
    'Archiviare la spesa {document} di {amount}? Non conterà più nei totali; resta nella cronologia.',
  'projects.register.archived': 'Spesa archiviata',
} as const satisfies Record<string, string>;

/** English messages of the project model. */
export const projectsModelEn: Record<keyof typeof projectsModelIt, string> = {
  'projects.field.isLead': 'Lead',
  'projects.field.leads': 'Lead organizations',
  'projects.costCategory.personnel': 'Personnel',
  'projects.costCategory.services': 'Services and consultancy',
  'projects.costCategory.equipment': 'Equipment',
  'projects.costCategory.materials': 'Consumables',
  'projects.costCategory.travel': 'Travel',
  'projects.costCategory.overheads': 'Overheads',
  'projects.costCategory.other': 'Other costs',
  'projects.field.costItems': 'Budget lines',
  'projects.costItem.category': 'Category',
  'projects.costItem.name': 'Budget line',
  'projects.costItem.planned': 'Planned (€)',
  'projects.costItem.none': 'No budget line',
  'projects.addCostItem': 'Add budget line',
  'projects.costItemNumber': 'Budget line {number}',
  'projects.costItemsMismatch':
    'The budget lines ({costItems}) do not match the funding sources’ total ({sources})',
  'projects.costItems.table': 'Budget by budget line',
  'projects.costItems.periodSpent': 'Spent in the period',
  'projects.costItems.spentBy': 'Spent by {partner}',
  'projects.budget.overspent.costItem':
    'Line “{name}”: spent {spent} (planned {planned}, {share}), remainder {remainder}',
  'projects.expense.date': 'Date',
  'projects.expense.document': 'Document (invoice, payslip…)',
  'projects.expense.costItem': 'Budget line',
  'projects.expense.dateOutsidePeriod': 'The date is not in {period}',
  'projects.expense.edit': 'Correct the expense',
  'projects.expense.updated': 'Expense corrected',
  'projects.register.title': 'Expense register',
  'projects.register.filterPartner': 'Partner',
  'projects.register.filterCostItem': 'Budget line',
  'projects.register.filterPeriod': 'Period',
  'projects.register.all': 'All',
  'projects.register.empty': 'No expense to list',
  'projects.register.summary':
    '{count, plural, one {# expense} other {# expenses}} for a total of {total}',
  'projects.register.editRow': 'Correct the expense {document} of {amount}',
  'projects.register.archiveRow': 'Archive the expense {document} of {amount}',
  'projects.register.archiveConfirm':
    'Archive the expense {document} of {amount}? It will no longer count in the totals; it stays in the history.',
  'projects.register.archived': 'Expense archived',
};
