import type { DemoCalendar } from './calendar';
import type { ProjectSpec } from './projectBuilder';

/** The projects steered by the Sud-Est Milano cabina di regia. */
export function sudEstProjectSpecs(calendar: DemoCalendar): ProjectSpec[] {
  const year = calendar.programmeYear;
  const previousYear = year - 1;
  return [
    {
      key: 'sportello',
      title: 'Sportello Lavoro Sud Est Milano',
      code: `PTL-SEM-${year}-01`,
      callReference: `Avviso regionale n. 12/${previousYear} “Patti territoriali per il lavoro” del 14/11/${previousYear}`,
      state: 'inCorso',
      periodFrom: calendar.ofProgrammeYear(1, 1),
      periodTo: calendar.ofProgrammeYear(12, 31),
      lead: 'afol',
      partners: [
        { organization: 'afol', role: 'capofila – gestione dello Sportello', budgetShare: 281_000 },
        { organization: 'segrate', role: 'partner – ente promotore', budgetShare: 60_000 },
        { organization: 'sanDonato', role: 'partner – punto di accesso', budgetShare: 40_000 },
        { organization: 'formazioneSudEst', role: 'partner – formazione', budgetShare: 130_000 },
        {
          organization: 'competenzeMartesana',
          role: 'partner – servizi al lavoro',
          budgetShare: 100_000,
        },
        { organization: 'lambroLavoro', role: 'partner – servizi al lavoro', budgetShare: 60_000 },
        {
          organization: 'coopLavoroInsieme',
          role: 'partner – tirocini di inclusione',
          budgetShare: 80_000,
        },
      ],
      fundingSources: [
        { name: 'Regione Lombardia – Avviso Patti territoriali per il lavoro', amount: 591_000 },
        { name: 'Cofinanziamento AFOL Metropolitana', amount: 70_000 },
        { name: 'Cofinanziamento Comune di Segrate', amount: 50_000 },
        { name: 'Cofinanziamento dei Comuni aderenti', amount: 40_000 },
      ],
      description:
        'Sportello coordinato e gestito da AFOL Metropolitana in accordo con il Comune di Segrate, ' +
        'dove si incontrano le offerte di lavoro e le esigenze occupazionali del territorio: ' +
        'orientamento, riqualificazione dei lavoratori espulsi dal mercato, tirocini e ' +
        'preselezione per le aziende che si insediano nell’area o intendono potenziare l’organico.',
      indicators: [
        {
          name: 'Persone prese in carico',
          unit: 'persone',
          kind: 'output',
          target: 400,
          contributions: [
            { organization: 'afol', weight: 0.45 },
            { organization: 'formazioneSudEst', weight: 0.2 },
            { organization: 'competenzeMartesana', weight: 0.15, late: true },
            { organization: 'lambroLavoro', weight: 0.1 },
            { organization: 'coopLavoroInsieme', weight: 0.1 },
          ],
        },
        {
          name: 'Tirocini avviati',
          unit: 'tirocini',
          kind: 'output',
          target: 80,
          contributions: [
            { organization: 'afol', weight: 0.35 },
            { organization: 'formazioneSudEst', weight: 0.2 },
            { organization: 'competenzeMartesana', weight: 0.15, late: true },
            { organization: 'coopLavoroInsieme', weight: 0.3 },
          ],
        },
        {
          name: 'Assunzioni',
          unit: 'persone',
          kind: 'risultato',
          target: 60,
          contributions: [
            { organization: 'afol', weight: 0.5 },
            { organization: 'competenzeMartesana', weight: 0.25, late: true },
            { organization: 'lambroLavoro', weight: 0.25 },
          ],
        },
        {
          name: 'Aziende coinvolte',
          aggregation: 'max',
          unit: 'aziende',
          kind: 'output',
          target: 50,
          contributions: [
            { organization: 'afol', weight: 0.6 },
            { organization: 'formazioneSudEst', weight: 0.2 },
            { organization: 'lambroLavoro', weight: 0.2 },
          ],
        },
      ],
    },
    {
      key: 'azioneSistemaDisabilita',
      title: 'Azione di sistema – Lavoro e disabilità psichica nel Sud-Est Milano',
      code: `ADS-DIS-${year}-03`,
      callReference: `Avviso Azioni di sistema – ambito disabilità n. 2/${previousYear}, Città metropolitana di Milano (Fondo Regionale Disabili)`,
      state: 'inCorso',
      periodFrom: calendar.ofProgrammeYear(1, 1),
      periodTo: calendar.ofProgrammeYear(12, 31),
      lead: 'coopFiloLambro',
      partners: [
        { organization: 'coopFiloLambro', role: 'capofila', budgetShare: 48_000 },
        {
          organization: 'formazioneSudEst',
          role: 'partner – orientamento e tirocini',
          budgetShare: 30_000,
        },
        {
          organization: 'assolombarda',
          role: 'partner – disability management',
          budgetShare: 15_000,
        },
        { organization: 'asst', role: 'partner – presa in carico sanitaria', budgetShare: 12_000 },
        { organization: 'peschiera', role: 'partner – servizi sociali', budgetShare: 10_000 },
        { organization: 'odvSentiero', role: 'partner – accompagnamento', budgetShare: 5_000 },
      ],
      fundingSources: [
        { name: 'Fondo Regionale Disabili – Città metropolitana di Milano', amount: 96_000 },
        { name: 'Cofinanziamento dei partner', amount: 24_000 },
      ],
      description:
        'Progetto sperimentale, complementare alle Doti, per l’inserimento e il mantenimento al ' +
        'lavoro di persone con disabilità psichica, in raccordo con i servizi di salute mentale ' +
        'dell’ASST e con percorsi di disability management nelle imprese.',
      indicators: [
        {
          name: 'Persone con disabilità prese in carico',
          unit: 'persone',
          kind: 'output',
          target: 40,
          contributions: [
            { organization: 'coopFiloLambro', weight: 0.6 },
            { organization: 'formazioneSudEst', weight: 0.4 },
          ],
        },
        {
          name: 'Tirocini di inclusione avviati',
          unit: 'tirocini',
          kind: 'output',
          target: 20,
          contributions: [
            { organization: 'coopFiloLambro', weight: 0.5 },
            { organization: 'formazioneSudEst', weight: 0.5 },
          ],
        },
        {
          name: 'Imprese formate sul disability management',
          unit: 'imprese',
          kind: 'risultato',
          target: 15,
          contributions: [{ organization: 'assolombarda', weight: 1 }],
        },
      ],
    },
    {
      key: 'emergenzaLavoro',
      title: 'Piano Emergenza lavoro Sud-Est Milano – inclusione delle persone vulnerabili',
      code: `PEL-SEM-${year}`,
      callReference: `Avviso regionale n. 9/${year} “Emergenza lavoro: progetti di inclusione per persone in condizione di vulnerabilità”`,
      state: 'candidato',
      periodFrom: calendar.ofProgrammeYear(10, 1),
      periodTo: calendar.ofProgrammeYear(9, 30, 1),
      lead: 'segrate',
      partners: [
        { organization: 'segrate', role: 'ente capofila', budgetShare: 40_000 },
        { organization: 'afol', role: 'partner – servizi al lavoro', budgetShare: 90_000 },
        {
          organization: 'coopTessere',
          role: 'partner – accompagnamento sociale',
          budgetShare: 60_000,
        },
        {
          organization: 'coopLavoroInsieme',
          role: 'partner – tirocini di inclusione',
          budgetShare: 50_000,
        },
        { organization: 'pioltello', role: 'partner', budgetShare: 20_000 },
        { organization: 'sanGiuliano', role: 'partner', budgetShare: 20_000 },
      ],
      fundingSources: [
        { name: 'Regione Lombardia – Avviso Emergenza lavoro', amount: 220_000 },
        { name: 'Cofinanziamento dei Comuni', amount: 60_000 },
      ],
      description:
        'Candidatura della rete per percorsi individualizzati di riqualificazione e inserimento ' +
        'lavorativo rivolti a persone e famiglie fragili, in situazioni di vulnerabilità, a ' +
        'sostegno dei servizi sociali dei Comuni.',
      indicators: [
        {
          name: 'Persone vulnerabili in percorso individualizzato',
          unit: 'persone',
          kind: 'output',
          target: 90,
          contributions: [],
        },
        {
          name: 'Inserimenti lavorativi',
          unit: 'persone',
          kind: 'risultato',
          target: 30,
          contributions: [],
        },
      ],
    },
  ];
}
