/**
 * Italian messages of the quarterly report by period (this quarter beside the cumulative
 * figures, the checks that the totals reconcile); keys start with `projects.quarterly.`.
 */
export const projectsQuarterlyIt = {
  'projects.quarterly.open': 'Rapporto trimestrale',
  'projects.reportChoice.open': 'Rapporto',
  'projects.reportChoice.dialogTitle': 'Rapporto del progetto',
  'projects.reportChoice.period': 'Periodo',
  'projects.reportChoice.periodHint':
    'Un trimestre: il rapporto trimestrale, con il cumulato accanto. Tutto il progetto: il rapporto di monitoraggio a oggi, con le azioni collegate.',
  'projects.reportChoice.whole': 'Tutto il progetto, a oggi',
  'projects.report.signPresident': 'Il Presidente della cabina di regia',
  'projects.report.signSecretary': 'La Segreteria tecnica',
  'projects.quarterly.dialogTitle': 'Rapporto trimestrale di monitoraggio',
  'projects.quarterly.quarter': 'Trimestre',
  'projects.quarterly.quarterHint':
    'Il trimestre scelto e, accanto, il cumulato dall’inizio del progetto fino alla sua fine',
  'projects.quarterly.quarterLabel': '{number}° trimestre {year}',
  'projects.quarterly.preview': 'Anteprima e PDF',
  'projects.quarterly.docx': 'Word (DOCX)',
  'projects.quarterly.xlsx': 'Excel (xlsx)',
  'projects.quarterly.fileName': 'rapporto-trimestrale',
  'projects.quarterly.title': 'Rapporto trimestrale di monitoraggio',
  'projects.quarterly.period': 'Periodo: {quarter} (dal {from} al {to})',
  'projects.quarterly.project': 'Progetto',
  'projects.quarterly.fact': 'Dato',
  'projects.quarterly.factValue': 'Valore',
  'projects.quarterly.byPartner': 'Spesa per partner',
  'projects.quarterly.byCostItem': 'Spesa per voce di spesa',
  'projects.quarterly.bySource': 'Spesa per fonte',
  'projects.quarterly.indicators': 'Indicatori',
  'projects.quarterly.indicatorsByPartner': 'Indicatori per partner',
  'projects.quarterly.planned': 'Previsto',
  'projects.quarterly.spentInQuarter': 'Speso nel trimestre',
  'projects.quarterly.spentToDate': 'Speso cumulato',
  'projects.quarterly.remainder': 'Residuo',
  'projects.quarterly.spentShare': '% speso',
  'projects.quarterly.target': 'Obiettivo',
  'projects.quarterly.partnerTarget': 'Obiettivo del partner',
  'projects.quarterly.inQuarter': 'Nel trimestre',
  'projects.quarterly.toDate': 'Cumulato',
  'projects.quarterly.shareOfTarget': '% obiettivo',
  'projects.quarterly.noPartner': 'Senza partner',
  'projects.quarterly.noSource': 'Senza fonte',
  'projects.quarterly.chartCostItems': 'Grafico: spesa per voce, prevista e sostenuta al {date}',
  'projects.quarterly.chartPartners': 'Grafico: spesa per partner, prevista e sostenuta al {date}',
  'projects.quarterly.chartSpendingRow': '{label}: previsto {planned}, speso {spent}',
  'projects.quarterly.chartIndicators':
    'Grafico: indicatori raggiunti al {date} rispetto al target',
  'projects.quarterly.chartIndicatorRow': '{label}: {reached} su {target} ({share})',
  'projects.quarterly.chartReached': 'Raggiunto (% del target)',
  'projects.quarterly.chartTarget': 'Target',
  'projects.quarterly.checks': 'Verifica dei totali',
  'projects.quarterly.allReconciled':
    'Tutti i totali tornano al centesimo: partner, voci di spesa e fonti danno la stessa spesa.',
  'projects.quarterly.warning.partnersPlanned':
    'Le quote dei partner ({planned}) non corrispondono al budget delle fonti ({funding}): differenza {difference}.',
  'projects.quarterly.warning.costItemsPlanned':
    'Le voci di spesa ({planned}) non corrispondono al budget delle fonti ({funding}): differenza {difference}.',
  'projects.quarterly.warning.overspent':
    '{name}: previsto {planned}, speso {spent}, residuo {remainder}.',
  'projects.quarterly.warning.unassigned.partner':
    'Spesa cumulata senza partner: {amount}; attribuirla a un partner.',
  'projects.quarterly.warning.unassigned.costItem':
    'Spesa cumulata senza voce di spesa: {amount}; attribuirla a una voce.',
  'projects.quarterly.warning.unassigned.source':
    'Spesa cumulata senza fonte di finanziamento, o su una fonte che il piano non ha: {amount}.',
  'projects.quarterly.warning.mismatch':
    'La spesa per {breakdown} ({sum}) non corrisponde alla spesa totale ({total}).',
  'projects.quarterly.breakdown.partner': 'partner',
  'projects.quarterly.breakdown.costItem': 'voce di spesa',
  'projects.quarterly.breakdown.source': 'fonte',
  'projects.quarterly.noIndicators': 'Nessun indicatore',
  'projects.grid.title': 'Valori di un periodo per tutti i partner',
  'projects.grid.hint':
    'Scrivi i valori o incolla una colonna copiata da Excel (una riga per partner): Invio passa alla riga sotto, un campo vuoto toglie il valore.',
  'projects.grid.cell': 'Valore di {partner}',
  'projects.grid.save': 'Salva i valori',
  'projects.grid.saved': '{count, plural, one {# valore aggiornato} other {# valori aggiornati}}',
  'projects.grid.refused': 'Nessun valore salvato: correggi le celle segnate',
  'projects.grid.notNumber': 'Non è un numero',
  'projects.grid.outliers':
    '{count, plural, one {# valore supera} other {# valori superano}} di oltre dieci volte l’obiettivo: salvare comunque?',
};

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
