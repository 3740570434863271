/**
 * Italian messages of the project model as Regione funds it (several capofila, voci di spesa, the
 * expense register, beneficiary breakdowns); keys start with `projects.`.
 */
export const projectsModelIt = {
  'projects.partnerTarget.title': 'Obiettivo di ciascun partner',
  'projects.partnerTarget.emptyIsShare': 'Vuoto: la sua quota di budget del target',
  'projects.partnerTarget.gap': 'Gli obiettivi dei partner sommano {sum}, il target è {target}',
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
