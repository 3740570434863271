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
