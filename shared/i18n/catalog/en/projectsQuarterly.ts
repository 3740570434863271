import type { projectsQuarterlyIt } from '../projectsQuarterly';

/** The English messages of the quarterly report. */
export const projectsQuarterlyEn: Record<keyof typeof projectsQuarterlyIt, string> = {
  'projects.quarterly.open': 'Quarterly report',
  'projects.reportChoice.open': 'Report',
  'projects.reportChoice.dialogTitle': 'Project report',
  'projects.reportChoice.period': 'Period',
  'projects.reportChoice.periodHint':
    'A quarter: the quarterly report, with the cumulative figures beside it. The whole project: the monitoring report to date, with the linked actions.',
  'projects.reportChoice.whole': 'The whole project, to date',
  'projects.report.signPresident': 'The President of the steering committee',
  'projects.report.signSecretary': 'The technical secretariat',
  'projects.quarterly.dialogTitle': 'Quarterly monitoring report',
  'projects.quarterly.quarter': 'Quarter',
  'projects.quarterly.quarterHint':
    'The chosen quarter and, beside it, the cumulative figures from the project’s start to its end',
  'projects.quarterly.quarterLabel': 'Q{number} {year}',
  'projects.quarterly.preview': 'Preview and PDF',
  'projects.quarterly.docx': 'Word (DOCX)',
  'projects.quarterly.xlsx': 'Excel (xlsx)',
  'projects.quarterly.fileName': 'quarterly-report',
  'projects.quarterly.title': 'Quarterly monitoring report',
  'projects.quarterly.period': 'Period: {quarter} (from {from} to {to})',
  'projects.quarterly.project': 'Project',
  'projects.quarterly.fact': 'Item',
  'projects.quarterly.factValue': 'Value',
  'projects.quarterly.byPartner': 'Spending by partner',
  'projects.quarterly.byCostItem': 'Spending by budget line',
  'projects.quarterly.bySource': 'Spending by source',
  'projects.quarterly.indicators': 'Indicators',
  'projects.quarterly.indicatorsByPartner': 'Indicators by partner',
  'projects.quarterly.planned': 'Planned',
  'projects.quarterly.spentInQuarter': 'Spent in the quarter',
  'projects.quarterly.spentToDate': 'Spent to date',
  'projects.quarterly.remainder': 'Remaining',
  'projects.quarterly.spentShare': '% spent',
  'projects.quarterly.target': 'Target',
  'projects.quarterly.partnerTarget': 'Partner’s target',
  'projects.quarterly.inQuarter': 'In the quarter',
  'projects.quarterly.toDate': 'To date',
  'projects.quarterly.shareOfTarget': '% of target',
  'projects.quarterly.noPartner': 'No partner',
  'projects.quarterly.noSource': 'No source',
  'projects.quarterly.chartCostItems':
    'Chart: spending by budget line, planned and spent to {date}',
  'projects.quarterly.chartPartners': 'Chart: spending by partner, planned and spent to {date}',
  'projects.quarterly.chartSpendingRow': '{label}: planned {planned}, spent {spent}',
  'projects.quarterly.chartIndicators': 'Chart: indicators reached by {date} against their target',
  'projects.quarterly.chartIndicatorRow': '{label}: {reached} of {target} ({share})',
  'projects.quarterly.chartReached': 'Reached (% of target)',
  'projects.quarterly.chartTarget': 'Target',
  'projects.quarterly.checks': 'Check of the totals',
  'projects.quarterly.allReconciled':
    'Every total reconciles to the cent: partners, budget lines and sources give the same spending.',
  'projects.quarterly.warning.partnersPlanned':
    'The partners’ shares ({planned}) differ from the sources’ budget ({funding}): difference {difference}.',
  'projects.quarterly.warning.costItemsPlanned':
    'The budget lines ({planned}) differ from the sources’ budget ({funding}): difference {difference}.',
  'projects.quarterly.warning.overspent':
    '{name}: planned {planned}, spent {spent}, remaining {remainder}.',
  'projects.quarterly.warning.unassigned.partner':
    'Spending to date with no partner: {amount}; assign it to a partner.',
  'projects.quarterly.warning.unassigned.costItem':
    'Spending to date on no budget line: {amount}; assign it to one.',
  'projects.quarterly.warning.unassigned.source':
    'Spending to date with no funding source, or on a source the plan does not have: {amount}.',
  'projects.quarterly.warning.mismatch':
    'Spending by {breakdown} ({sum}) differs from the total spending ({total}).',
  'projects.quarterly.breakdown.partner': 'partner',
  'projects.quarterly.breakdown.costItem': 'budget line',
  'projects.quarterly.breakdown.source': 'source',
  'projects.quarterly.noIndicators': 'No indicators',
  'projects.grid.title': 'One period’s values for every partner',
  'projects.grid.hint':
    'Type the values or paste a column copied from Excel (one row per partner): Enter moves down, an empty field removes the value.',
  'projects.grid.cell': 'Value of {partner}',
  'projects.grid.save': 'Save the values',
  'projects.grid.saved': '{count, plural, one {# value updated} other {# values updated}}',
  'projects.grid.refused': 'No value saved: correct the marked cells',
  'projects.grid.notNumber': 'Not a number',
  'projects.grid.outliers':
    '{count, plural, one {# value is} other {# values are}} over ten times the target: save anyway?',
};
