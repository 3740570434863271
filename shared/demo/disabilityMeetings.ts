import type { ActionSpec } from './actionBuilder';
import type { DemoCalendar } from './calendar';
import type { MeetingSpec } from './meetingBuilder';

const metropolitanCity = 'Città metropolitana di Milano, Via Vivaio 1 – Milano';

/** The two meetings of the disability network: one with approved minutes, one just held. */
export function disabilityMeetingSpecs(calendar: DemoCalendar): MeetingSpec[] {
  const year = calendar.programmeYear;
  return [
    {
      key: 'disabilita.avvio',
      kind: 'ordinaria',
      title: `Avvio delle azioni di rete ${year}`,
      dayOffset: -70,
      startTime: '10:00',
      endTime: '12:00',
      place: `Sala riunioni, ${metropolitanCity}`,
      president: 'cittaMetropolitana.ricci',
      secretary: 'cittaMetropolitana.conti',
      items: [
        {
          title: `Reti per il lavoro – ambito disabilità: programma ${year}`,
          kind: 'informativa',
          presenter: 'cittaMetropolitana.ricci',
          plannedMinutes: 20,
          minutesText:
            'La responsabile del Collocamento mirato presenta la misura finanziata dal Fondo ' +
            'Regionale Disabili e gli obiettivi dell’anno per le persone non immediatamente collocabili.',
        },
        {
          title: 'Criteri di presa in carico delle persone non immediatamente collocabili',
          kind: 'deliberazione',
          presenter: 'afol.bassi',
          plannedMinutes: 30,
          minutesText:
            'AFOL propone criteri condivisi di accesso ai percorsi intensivi: iscrizione al ' +
            'collocamento mirato, valutazione dei servizi invianti, progetto personalizzato.',
          decision: {
            text: 'Approvati i criteri di presa in carico proposti da AFOL Metropolitana.',
            abstained: 1,
          },
        },
        {
          title: 'Raccordo con i servizi sanitari e sociosanitari',
          kind: 'discussione',
          presenter: 'ats.sartori',
          plannedMinutes: 25,
          minutesText:
            'L’ATS propone un protocollo di raccordo con i servizi di salute mentale, neuropsichiatria ' +
            'e dipendenze delle ASST.',
        },
      ],
      exceptions: [
        { organization: 'regione', status: 'assenteGiustificato' },
        { organization: 'sanDonato', status: 'assente' },
        { organization: 'famiglie', status: 'delegato', delegateName: 'Paolo Ghezzi' },
      ],
      lateArrivals: { asst: 10 },
    },
    {
      key: 'disabilita.workshop',
      kind: 'workshop',
      title: 'Workshop: esiti della sperimentazione e strategie future',
      dayOffset: -6,
      startTime: '09:00',
      endTime: '13:00',
      place: `Sala conferenze, ${metropolitanCity}`,
      president: 'cittaMetropolitana.ricci',
      secretary: 'cittaMetropolitana.conti',
      items: [
        {
          title: 'Esiti della sperimentazione: i dati della rete',
          kind: 'informativa',
          presenter: 'cittaMetropolitana.conti',
          plannedMinutes: 30,
        },
        {
          title: 'Scambio di pratiche tra le Cabine di regia del territorio metropolitano',
          kind: 'discussione',
          presenter: 'coopAbilita.monti',
          plannedMinutes: 60,
        },
        {
          title: 'Strategie future e priorità per il secondo semestre',
          kind: 'deliberazione',
          presenter: 'cittaMetropolitana.ricci',
          plannedMinutes: 30,
          decision: {
            text: 'Approvate le priorità: famiglie, buone prassi e raccordo sanitario.',
          },
        },
      ],
      exceptions: [
        { organization: 'assolombarda', status: 'assenteGiustificato' },
        { organization: 'segrate', status: 'delegato', delegate: 'segrate.brambilla' },
      ],
    },
  ];
}

/** The actions of the disability network. */
export const disabilityActionSpecs: ActionSpec[] = [
  {
    title: 'Condividere i criteri di presa in carico con i servizi comunali',
    description: 'Invio dei criteri approvati e incontro con i servizi sociali invianti.',
    owner: 'afol',
    supporting: ['milano', 'segrate', 'sanDonato'],
    project: 'retiDisabilita',
    due: { inDays: -40 },
    status: 'completata',
    priority: 'media',
    progress: 100,
    tags: ['disabilità', 'servizi sociali'],
    origin: { meeting: 'disabilita.avvio', item: 3 },
    updates: [
      {
        inDays: -41,
        time: '12:15',
        author: 'cittaMetropolitana.conti',
        source: 'ui',
        text: 'Criteri inviati ai Comuni e presentati ai servizi sociali.',
        status: ['inCorso', 'completata'],
        progress: [50, 100],
      },
    ],
  },
  {
    title: 'Definire il protocollo di raccordo con i servizi sanitari (CPS, NPIA, SerD)',
    description: 'Modalità di invio, valutazione congiunta e referenti per ciascuna ASST.',
    owner: 'ats',
    supporting: ['asst', 'cittaMetropolitana'],
    project: 'retiDisabilita',
    due: { inDays: -10 },
    status: 'inCorso',
    priority: 'alta',
    progress: 50,
    tags: ['disabilità', 'salute mentale'],
    origin: { meeting: 'disabilita.avvio', item: 4 },
    updates: [
      {
        inDays: -50,
        time: '10:40',
        author: 'ats.sartori',
        source: 'import',
        text: 'Prima bozza condivisa con le ASST.',
        status: ['daAvviare', 'inCorso'],
        progress: [0, 30],
      },
      {
        inDays: -15,
        time: '16:00',
        author: 'ats.sartori',
        source: 'import',
        text: 'Raccolte le osservazioni dell’ASST Melegnano e della Martesana.',
        progress: [30, 50],
      },
    ],
  },
  {
    title: 'Raccogliere dai partner i dati sugli esiti della sperimentazione',
    description: 'Dati per il workshop: persone prese in carico, tirocini, assunzioni.',
    owner: 'cittaMetropolitana',
    ownerContact: 'cittaMetropolitana.conti',
    supporting: ['afol', 'coopAbilita', 'coopFiloLambro'],
    due: { inDays: -12 },
    status: 'completata',
    priority: 'alta',
    progress: 100,
    tags: ['monitoraggio'],
    origin: { meeting: 'disabilita.avvio', item: 2 },
    updates: [
      {
        inDays: -13,
        time: '18:20',
        author: 'cittaMetropolitana.conti',
        source: 'ui',
        text: 'Ricevute e importate le schede di tutti i partner.',
        status: ['inCorso', 'completata'],
        progress: [70, 100],
      },
    ],
  },
  {
    title: 'Percorsi di accompagnamento intensivo per 30 persone non immediatamente collocabili',
    description: 'Progetto personalizzato, tutoraggio e tirocinio di inclusione.',
    owner: 'coopAbilita',
    supporting: ['afol', 'famiglie'],
    project: 'retiDisabilita',
    due: { inDays: 150 },
    status: 'inCorso',
    priority: 'alta',
    progress: 35,
    tags: ['disabilità', 'tirocini'],
    updates: [
      {
        inDays: -20,
        time: '09:55',
        author: 'coopAbilita.monti',
        source: 'import',
        text: 'Undici percorsi avviati, quattro tirocini in corso.',
        progress: [20, 35],
      },
    ],
  },
  {
    title: 'Organizzare incontri informativi per le famiglie sul collocamento mirato',
    description: 'Due incontri serali sul collocamento mirato e sui percorsi della rete.',
    owner: 'famiglie',
    supporting: ['cittaMetropolitana'],
    project: 'retiDisabilita',
    due: { inDays: 30 },
    status: 'daAvviare',
    priority: 'media',
    progress: 0,
    tags: ['famiglie'],
    origin: { meeting: 'disabilita.workshop', item: 4 },
  },
  {
    title: 'Redigere la scheda di buona prassi per la Banca dati delle buone prassi',
    description: 'Descrizione del modello di rete e dei risultati dei tirocini di inclusione.',
    owner: 'coopFiloLambro',
    supporting: ['cittaMetropolitana'],
    due: { inDays: 45 },
    status: 'daAvviare',
    priority: 'bassa',
    progress: 0,
    tags: ['buone prassi'],
    origin: { meeting: 'disabilita.workshop', item: 3 },
  },
];
