import type { DemoCalendar } from './calendar';
import type { NetworkSpec } from './networks';
import type { ProjectSpec } from './projectBuilder';
import type { RelationshipSpec } from './relationshipBuilder';

/** The metropolitan cabina di regia of the disability work networks. */
export function disabilityNetworkSpec(calendar: DemoCalendar): NetworkSpec {
  return {
    name: 'Cabina di regia – Reti per il lavoro, ambito disabilità (Città metropolitana di Milano)',
    territory: 'Città metropolitana di Milano',
    programme: `Azioni di rete per il lavoro – ambito disabilità, Fondo Regionale Disabili ${calendar.programmeYear}`,
    periodFrom: calendar.ofProgrammeYear(1, 1),
    periodTo: calendar.ofProgrammeYear(12, 31),
    coordinator: 'cittaMetropolitana',
    description:
      'Azioni di rete finanziate dal Fondo Regionale Disabili per persone con disabilità non ' +
      'immediatamente collocabili, che necessitano di un sostegno intenso nel percorso di ' +
      'inserimento lavorativo, in collaborazione con i servizi dei Comuni e delle aziende ' +
      'sanitarie. La cabina di regia scambia pratiche con le altre Cabine di regia del territorio ' +
      'metropolitano.',
    members: [
      { organization: 'cittaMetropolitana', role: 'coordinamento' },
      { organization: 'afol', role: 'capofila' },
      { organization: 'ats', role: 'partner' },
      { organization: 'asst', role: 'partner' },
      { organization: 'coopAbilita', role: 'partner' },
      { organization: 'coopFiloLambro', role: 'partner' },
      { organization: 'formazioneSudEst', role: 'partner' },
      { organization: 'milano', role: 'partner' },
      { organization: 'segrate', role: 'aderente' },
      { organization: 'sanDonato', role: 'aderente' },
      { organization: 'assolombarda', role: 'aderente' },
      { organization: 'famiglie', role: 'aderente' },
      { organization: 'regione', role: 'osservatore' },
    ],
  };
}

/** The project the disability network steers. */
export function disabilityProjectSpecs(calendar: DemoCalendar): ProjectSpec[] {
  const year = calendar.programmeYear;
  return [
    {
      key: 'retiDisabilita',
      title: 'Reti per il lavoro – ambito disabilità',
      code: `RPL-DIS-${year}`,
      callReference: `Avviso “Azioni di rete per il lavoro – ambito disabilità” ${year - 1}, Città metropolitana di Milano – Fondo Regionale Disabili`,
      state: 'inCorso',
      periodFrom: calendar.ofProgrammeYear(1, 1),
      periodTo: calendar.ofProgrammeYear(12, 31),
      lead: 'afol',
      partners: [
        { organization: 'afol', role: 'capofila', budgetShare: 70_000 },
        {
          organization: 'coopAbilita',
          role: 'partner – accompagnamento intensivo',
          budgetShare: 50_000,
        },
        {
          organization: 'coopFiloLambro',
          role: 'partner – tirocini di inclusione',
          budgetShare: 30_000,
        },
        { organization: 'asst', role: 'partner – raccordo sanitario', budgetShare: 20_000 },
        { organization: 'ats', role: 'partner – integrazione sociosanitaria', budgetShare: 20_000 },
        { organization: 'famiglie', role: 'partner – sostegno alle famiglie', budgetShare: 10_000 },
      ],
      fundingSources: [
        { name: 'Fondo Regionale Disabili', amount: 180_000 },
        { name: 'Cofinanziamento degli enti della rete', amount: 20_000 },
      ],
      description:
        'Progetti rivolti a persone con disabilità non immediatamente collocabili, con ' +
        'accompagnamento intensivo, tirocini di inclusione e raccordo con i servizi sanitari.',
      indicators: [
        {
          name: 'Persone con disabilità in percorso intensivo',
          unit: 'persone',
          kind: 'output',
          target: 120,
          contributions: [
            { organization: 'afol', weight: 0.4 },
            { organization: 'coopAbilita', weight: 0.35 },
            { organization: 'coopFiloLambro', weight: 0.25 },
          ],
        },
        {
          name: 'Inserimenti lavorativi (tirocini e assunzioni)',
          unit: 'persone',
          kind: 'risultato',
          target: 45,
          contributions: [
            { organization: 'coopAbilita', weight: 0.5 },
            { organization: 'afol', weight: 0.3 },
            { organization: 'coopFiloLambro', weight: 0.2 },
          ],
        },
      ],
    },
  ];
}

/** Ties within the disability network. */
export function disabilityRelationshipSpecs(calendar: DemoCalendar): RelationshipSpec[] {
  const yearStart = calendar.ofProgrammeYear(1, 1);
  const yearEnd = calendar.ofProgrammeYear(12, 31);
  return [
    {
      source: 'cittaMetropolitana',
      target: 'afol',
      kind: 'finanziamento',
      directed: true,
      weight: 8,
      from: yearStart,
      to: yearEnd,
      notes: 'Reti per il lavoro – ambito disabilità: 180.000 € dal Fondo Regionale Disabili.',
    },
    {
      source: 'coopAbilita',
      target: 'afol',
      kind: 'convenzione',
      directed: false,
      weight: 6,
      from: yearStart,
      to: yearEnd,
      notes: 'Accompagnamento intensivo e tirocini di inclusione.',
    },
    {
      source: 'ats',
      target: 'asst',
      kind: 'collaborazione',
      directed: false,
      weight: 5,
      from: yearStart,
      to: null,
      notes: 'Protocollo di raccordo con i servizi sanitari.',
    },
    {
      source: 'famiglie',
      target: 'coopAbilita',
      kind: 'invio',
      directed: true,
      weight: 3,
      from: yearStart,
      to: null,
      notes: 'Famiglie orientate ai percorsi di accompagnamento.',
    },
    {
      source: 'milano',
      target: 'afol',
      kind: 'invio',
      directed: true,
      weight: 5,
      from: yearStart,
      to: null,
      notes: 'Segnalazioni dei servizi sociali del Comune di Milano.',
    },
  ];
}
