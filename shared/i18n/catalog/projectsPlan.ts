/**
 * Italian messages of a project's plan per voce, partner and source, and of the co-financing the
 * partners owe; keys start with `projects.plan.` and `projects.cofinancing.`.
 */
export const projectsPlanIt = {
  'projects.plan.title': 'Piano dei costi per partner e fonte',
  'projects.plan.formTitle': 'Ripartizione delle voci di spesa per partner e fonte',
  'projects.plan.formHint':
    'Per ogni voce, quanto prevede ciascun partner da ciascuna fonte. Le celle vuote valgono zero.',
  'projects.plan.needsRows':
    'Aggiungi voci di spesa, partner e fonti di finanziamento per ripartire il piano.',
  'projects.plan.cell': '{costItem}: {partner}, {source}',
  'projects.plan.itemTable': 'Ripartizione di «{costItem}»',
  'projects.plan.allocated': 'Ripartito',
  'projects.plan.costItemPlanned': 'Previsto {planned}, ripartito {allocated}',
  'projects.plan.notBrokenDown':
    'Le voci di spesa non sono ancora ripartite per partner e fonte: modifica il progetto per farlo.',
  'projects.plan.reconciled': 'Il piano torna al centesimo: voci, partner e fonti fanno {total}.',
  'projects.plan.byPartner': 'Per partner',
  'projects.plan.bySource': 'Per fonte',
  'projects.plan.gapsTitle': 'Il piano non torna',
  'projects.plan.gap.costItemsTotal':
    'Le voci di spesa sommano {actual}, il totale del progetto è {expected} (differenza {difference})',
  'projects.plan.gap.partnersTotal':
    'Le quote dei partner sommano {actual}, il totale del progetto è {expected} (differenza {difference})',
  'projects.plan.gap.costItem':
    'Voce «{name}»: previsti {expected}, ripartiti {actual} (differenza {difference})',
  'projects.plan.gap.partner':
    '{name}: il piano gli assegna {actual}, la sua quota è {expected} (differenza {difference})',
  'projects.plan.gap.source':
    'Fonte «{name}»: il piano ne ripartisce {actual} su {expected} (differenza {difference})',
  'projects.plan.gap.planTotal':
    'Il piano ripartisce {actual} su un totale di {expected} (differenza {difference})',
  'projects.plan.gap.stray':
    'Il piano assegna a voci, partner o fonti che il progetto non ha più: {actual}',
  'projects.cofinancing.source': 'Cofinanziamento dei partner',
  'projects.cofinancing.title': 'Cofinanziamento dovuto dai partner',
  'projects.cofinancing.owed': 'Cofinanziamento dovuto',
  'projects.cofinancing.quota': 'Quota del partner',
  'projects.cofinancing.shareOfQuota': '% della quota',
  'projects.cofinancing.shareOfTotal': '% del cofinanziamento',
  'projects.cofinancing.none':
    'Nessuna fonte è indicata come cofinanziamento dei partner: spuntala nel progetto.',
  'projects.cofinancing.mismatch':
    'I partner devono {owed} di cofinanziamento, le fonti di cofinanziamento sono {sources}',
} as const satisfies Record<string, string>;
