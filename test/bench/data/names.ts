import type { OrganizationType } from '../../../shared/domain';

/** A kind of organization: its type and how its name is written from a qualifier. */
export type OrganizationKind = {
  type: OrganizationType;
  name: (qualifier: string) => string;
  taxCodes: 'company' | 'association' | 'none';
};

/** Kinds of the organizations other than the comuni, in a fixed order. */
export const organizationKinds: readonly OrganizationKind[] = [
  { type: 'cooperativaSociale', name: (q) => `Cooperativa sociale ${q}`, taxCodes: 'company' },
  { type: 'associazione', name: (q) => `Associazione ${q}`, taxCodes: 'association' },
  { type: 'enteAccreditato', name: (q) => `Centro per la formazione ${q}`, taxCodes: 'company' },
  { type: 'impresa', name: (q) => `${q} S.r.l.`, taxCodes: 'company' },
  {
    type: 'scuolaUniversita',
    name: (q) => `Istituto di istruzione superiore ${q}`,
    taxCodes: 'none',
  },
  { type: 'associazioneDatoriale', name: (q) => `Confartigianato ${q}`, taxCodes: 'association' },
  { type: 'sindacato', name: (q) => `Camera del lavoro ${q}`, taxCodes: 'association' },
  { type: 'agenziaLavoro', name: (q) => `Agenzia per il lavoro ${q}`, taxCodes: 'company' },
  { type: 'cooperativaSociale', name: (q) => `Consorzio di cooperative ${q}`, taxCodes: 'company' },
  { type: 'associazione', name: (q) => `Fondazione ${q}`, taxCodes: 'association' },
  { type: 'atsAsst', name: (q) => `Servizio territoriale ASST ${q}`, taxCodes: 'none' },
  { type: 'altro', name: (q) => `Oratorio ${q}`, taxCodes: 'association' },
];

/** Words that tell organizations of the same kind and comune apart. */
export const qualifiers: readonly string[] = [
  'Il Ponte',
  'La Rete',
  'Nuovi Orizzonti',
  'Il Girasole',
  'Arcobaleno',
  'La Bussola',
  'Il Melograno',
  'Terra Nuova',
  'Il Sentiero',
  'La Fenice',
  'Progetto Lavoro',
  'Insieme',
  'Il Faro',
  'La Quercia',
  'Primavera',
  'Il Cammino',
  'Sorriso',
  'La Ginestra',
  'Il Pioppo',
  'Solidarietà',
];

export const firstNames: readonly string[] = [
  'Laura',
  'Marco',
  'Giulia',
  'Andrea',
  'Francesca',
  'Luca',
  'Chiara',
  'Paolo',
  'Sara',
  'Giorgio',
  'Elena',
  'Stefano',
  'Valentina',
  'Davide',
  'Silvia',
  'Matteo',
  'Federica',
  'Alessandro',
  'Martina',
  'Roberto',
  'Anna',
  'Simone',
  'Paola',
  'Fabio',
  'Ilaria',
  'Massimo',
  'Serena',
  'Claudio',
  'Marta',
  'Giovanni',
];

export const lastNames: readonly string[] = [
  'Rossi',
  'Colombo',
  'Ferrari',
  'Bianchi',
  'Brambilla',
  'Galli',
  'Villa',
  'Fumagalli',
  'Bassi',
  'Ferrario',
  'Sala',
  'Cattaneo',
  'Mauri',
  'Riva',
  'Longoni',
  'Pozzi',
  'Crippa',
  'Rigamonti',
  'Barzaghi',
  'Mariani',
  'Ricci',
  'Lombardi',
  'Moretti',
  'Conti',
  'Marelli',
  'Vergani',
  'Tagliabue',
  'Meroni',
  'Gatti',
  'Perego',
];

export const contactRoles: readonly string[] = [
  'Responsabile dei servizi sociali',
  'Coordinatrice di progetto',
  'Operatore dell’inserimento lavorativo',
  'Referente amministrativo',
  'Presidente',
  'Educatrice professionale',
  'Tutor aziendale',
  'Assistente sociale',
];

/** Title patterns of the actions, filled with a subject. */
export const actionTitles: readonly ((subject: string) => string)[] = [
  (s) => `Mappatura dei servizi di ${s}`,
  (s) => `Convenzione con i comuni per ${s}`,
  (s) => `Tavolo operativo su ${s}`,
  (s) => `Raccolta dei dati di monitoraggio su ${s}`,
  (s) => `Piano di comunicazione per ${s}`,
  (s) => `Formazione degli operatori su ${s}`,
  (s) => `Avviso pubblico per ${s}`,
  (s) => `Scheda di rendicontazione di ${s}`,
];

export const actionSubjects: readonly string[] = [
  'inserimento lavorativo',
  'tirocini di inclusione',
  'orientamento dei giovani',
  'politiche attive del lavoro',
  'persone con disabilità',
  'contrasto alla povertà',
  'conciliazione vita-lavoro',
  'formazione professionale',
  'reti d’impresa',
  'housing sociale',
];

export const actionTags: readonly string[] = [
  'GOL',
  'PNRR',
  'disabilità',
  'giovani',
  'formazione',
  'monitoraggio',
  'comunicazione',
  'rendicontazione',
];

export const agendaTitles: readonly string[] = [
  'Approvazione del verbale della seduta precedente',
  'Stato di avanzamento dei progetti',
  'Monitoraggio degli indicatori del trimestre',
  'Proposte dei tavoli tecnici',
  'Calendario delle prossime attività',
  'Bando regionale: candidatura della rete',
  'Ingresso di nuovi aderenti',
  'Rendicontazione delle spese',
  'Comunicazioni del capofila',
  'Varie ed eventuali',
];

export const relationshipNotes: readonly string[] = [
  '',
  'Accordo rinnovato ogni anno',
  'Invii segnalati dai servizi sociali',
  'Collaborazione nata dal tavolo tecnico',
];
