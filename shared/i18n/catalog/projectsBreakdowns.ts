/**
 * Italian messages of the beneficiary breakdowns of an indicator (type of disability, gender,
 * age band, L. 68/99 status); keys start with `projects.breakdown.`.
 */
export const projectsBreakdownsIt = {
  'projects.breakdown.title': 'Disaggregazioni dei beneficiari',
  'projects.breakdown.dimensions': 'Disaggregazioni',
  'projects.breakdown.dimensionsHint':
    'Per ogni valore si potranno indicare quante persone rientrano in ciascuna categoria',
  'projects.breakdown.dimension': 'Disaggregazione',
  'projects.breakdown.category': 'Categoria',
  'projects.breakdown.dimension.disability': 'Tipo di disabilità',
  'projects.breakdown.dimension.gender': 'Genere',
  'projects.breakdown.dimension.ageBand': 'Fascia d’età',
  'projects.breakdown.dimension.law68': 'Iscrizione L. 68/99',
  'projects.breakdown.disability.physical': 'Fisica',
  'projects.breakdown.disability.psychic': 'Psichica',
  'projects.breakdown.disability.intellectual': 'Intellettiva',
  'projects.breakdown.disability.sensory': 'Sensoriale',
  'projects.breakdown.disability.multiple': 'Plurima',
  'projects.breakdown.gender.women': 'Donne',
  'projects.breakdown.gender.men': 'Uomini',
  'projects.breakdown.ageBand.under25': 'Meno di 25 anni',
  'projects.breakdown.ageBand.from25to34': '25–34 anni',
  'projects.breakdown.ageBand.from35to49': '35–49 anni',
  'projects.breakdown.ageBand.from50': '50 anni e più',
  'projects.breakdown.law68.article1': 'Iscritti art. 1 (disabili)',
  'projects.breakdown.law68.article18': 'Iscritti art. 18 (categorie protette)',
  'projects.breakdown.law68.notEnrolled': 'Non iscritti',
  'projects.breakdown.notStated': 'Non indicato',
  'projects.breakdown.exceeds': '{dimension}: le parti sommano {parts}, più del valore ({value})',
  'projects.breakdown.none': 'Nessuna disaggregazione',
  'projects.breakdown.reportTitle': 'Beneficiari per caratteristica',
};
