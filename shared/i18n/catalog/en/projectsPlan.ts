import type { projectsPlanIt } from '../projectsPlan';

/** English messages of a project's plan per voce, partner and source, and of its co-financing. */
export const projectsPlanEn: Record<keyof typeof projectsPlanIt, string> = {
  'projects.plan.title': 'Cost plan per partner and source',
  'projects.plan.formTitle': 'Budget lines split per partner and source',
  'projects.plan.formHint':
    'For each budget line, what each partner plans from each source. Empty cells count as zero.',
  'projects.plan.needsRows': 'Add budget lines, partners and funding sources to split the plan.',
  'projects.plan.cell': '{costItem}: {partner}, {source}',
  'projects.plan.itemTable': 'Split of “{costItem}”',
  'projects.plan.allocated': 'Allocated',
  'projects.plan.costItemPlanned': 'Planned {planned}, allocated {allocated}',
  'projects.plan.notBrokenDown':
    'The budget lines are not split per partner and source yet: edit the project to do it.',
  'projects.plan.reconciled':
    'The plan adds up to the cent: budget lines, partners and sources make {total}.',
  'projects.plan.byPartner': 'Per partner',
  'projects.plan.bySource': 'Per source',
  'projects.plan.gapsTitle': 'The plan does not add up',
  'projects.plan.gap.costItemsTotal':
    'The budget lines add up to {actual}, the project total is {expected} (difference {difference})',
  'projects.plan.gap.partnersTotal':
    'The partners’ shares add up to {actual}, the project total is {expected} (difference {difference})',
  'projects.plan.gap.costItem':
    'Budget line “{name}”: planned {expected}, allocated {actual} (difference {difference})',
  'projects.plan.gap.partner':
    '{name}: the plan gives it {actual}, its share is {expected} (difference {difference})',
  'projects.plan.gap.source':
    'Source “{name}”: the plan allocates {actual} of {expected} (difference {difference})',
  'projects.plan.gap.planTotal':
    'The plan allocates {actual} of a total of {expected} (difference {difference})',
  'projects.plan.gap.stray':
    'The plan gives to budget lines, partners or sources the project no longer has: {actual}',
  'projects.cofinancing.source': 'Co-financed by the partners',
  'projects.cofinancing.title': 'Co-financing owed by the partners',
  'projects.cofinancing.owed': 'Co-financing owed',
  'projects.cofinancing.quota': 'Partner’s share',
  'projects.cofinancing.shareOfQuota': '% of its share',
  'projects.cofinancing.shareOfTotal': '% of the co-financing',
  'projects.cofinancing.none':
    'No source is marked as co-financed by the partners: tick it in the project.',
  'projects.cofinancing.mismatch':
    'The partners owe {owed} of co-financing, the co-financing sources are {sources}',
};
