/** One referente of the demo, referred to by `key`; names are invented. */
export type ContactSpec = {
  key: string;
  organization: string;
  firstName: string;
  lastName: string;
  role: string;
};

type ContactRow = [key: string, firstName: string, lastName: string, role: string];

/** Referenti by organization key: the first one is the organization's representative. */
const contactsByOrganization: Record<string, ContactRow[]> = {
  afol: [
    [
      'afol.bassi',
      'Laura',
      'Bassi',
      'Direttrice Area Servizi al Lavoro, coordinatrice della cabina di regia',
    ],
    ['afol.ferrario', 'Marco', 'Ferrario', 'Segreteria tecnica della cabina di regia'],
  ],
  segrate: [
    ['segrate.colombo', 'Giulia', 'Colombo', 'Dirigente Settore Servizi Sociali'],
    ['segrate.brambilla', 'Andrea', 'Brambilla', 'Referente politiche attive del lavoro'],
  ],
  sanDonato: [
    ['sanDonato.galli', 'Francesca', 'Galli', 'Responsabile Servizi Sociali'],
    ['sanDonato.longhi', 'Matteo', 'Longhi', 'Assistente sociale – area adulti'],
  ],
  sanGiuliano: [
    ['sanGiuliano.sala', 'Roberto', 'Sala', 'Referente Ufficio Lavoro'],
    ['sanGiuliano.fumagalli', 'Chiara', 'Fumagalli', 'Assistente sociale – area adulti'],
  ],
  peschiera: [['peschiera.riva', 'Elena', 'Riva', 'Responsabile Servizi alla Persona']],
  pioltello: [
    ['pioltello.mariani', 'Davide', 'Mariani', 'Dirigente Settore Welfare'],
    ['pioltello.longoni', 'Sara', 'Longoni', 'Referente politiche giovanili e lavoro'],
  ],
  melegnano: [['melegnano.villa', 'Stefano', 'Villa', 'Responsabile Servizi Sociali']],
  mediglia: [['mediglia.cattaneo', 'Anna', 'Cattaneo', 'Assistente sociale']],
  pantigliate: [['pantigliate.rota', 'Luca', 'Rota', 'Responsabile Area Servizi alla Persona']],
  paullo: [['paullo.pozzi', 'Monica', 'Pozzi', 'Responsabile Servizi Sociali']],
  rodano: [['rodano.radaelli', 'Giorgio', 'Radaelli', 'Responsabile Area Socio-educativa']],
  vizzolo: [['vizzolo.mauri', 'Silvia', 'Mauri', 'Assistente sociale']],
  carpiano: [
    ['carpiano.bonfanti', 'Fabio', 'Bonfanti', 'Responsabile Servizi Sociali e Demografici'],
  ],
  cerro: [['cerro.zanetti', 'Valentina', 'Zanetti', 'Assistente sociale']],
  milano: [['milano.moretti', 'Cristina', 'Moretti', 'Funzionaria Area Lavoro e Formazione']],
  cittaMetropolitana: [
    [
      'cittaMetropolitana.ricci',
      'Alessandra',
      'Ricci',
      'Responsabile Servizio Collocamento mirato disabili',
    ],
    ['cittaMetropolitana.conti', 'Matteo', 'Conti', 'Funzionario Azioni di sistema'],
  ],
  regione: [['regione.marchetti', 'Federica', 'Marchetti', 'Dirigente U.O. Mercato del lavoro']],
  ministero: [
    [
      'ministero.deLuca',
      'Giovanni',
      'De Luca',
      'Funzionario Direzione generale delle politiche attive del lavoro',
    ],
  ],
  cgil: [['cgil.rinaldi', 'Massimo', 'Rinaldi', 'Segretario Camera del Lavoro zona Sud-Est']],
  cisl: [['cisl.ferri', 'Daniela', 'Ferri', 'Operatrice territoriale Melegnano']],
  uil: [['uil.esposito', 'Antonio', 'Esposito', 'Responsabile mercato del lavoro']],
  assolombarda: [
    ['assolombarda.bianchi', 'Claudia', 'Bianchi', 'Area Lavoro e Welfare'],
    ['assolombarda.gatti', 'Simone', 'Gatti', 'Referente territoriale Sud-Est Milano'],
  ],
  confcommercio: [['confcommercio.beretta', 'Marta', 'Beretta', 'Responsabile sindacale']],
  formazioneSudEst: [
    ['formazioneSudEst.sironi', 'Lorenzo', 'Sironi', 'Coordinatore servizi al lavoro'],
    ['formazioneSudEst.vitali', 'Ilaria', 'Vitali', 'Tutor tirocini'],
  ],
  competenzeMartesana: [
    ['competenzeMartesana.galbiati', 'Nicola', 'Galbiati', 'Responsabile accreditamento e qualità'],
  ],
  lambroLavoro: [['lambroLavoro.sormani', 'Paola', 'Sormani', 'Responsabile sede di Melegnano']],
  cfp: [['cfp.porro', 'Giuseppe', 'Porro', 'Direttore']],
  coopLavoroInsieme: [
    ['coopLavoroInsieme.mainardi', 'Roberta', 'Mainardi', 'Presidente'],
    ['coopLavoroInsieme.tosi', 'Emanuele', 'Tosi', 'Responsabile inserimenti lavorativi'],
  ],
  coopFiloLambro: [
    ['coopFiloLambro.arrigoni', 'Serena', 'Arrigoni', 'Coordinatrice servizi disabilità'],
  ],
  coopTessere: [['coopTessere.crippa', 'Alberto', 'Crippa', 'Responsabile area adulti e famiglie']],
  asst: [
    [
      'asst.pagani',
      'Lucia',
      'Pagani',
      'Referente inclusione lavorativa, Dipartimento Salute Mentale e Dipendenze',
    ],
    ['asst.tagliabue', 'Carlo', 'Tagliabue', 'Assistente sociale CPS San Donato Milanese'],
  ],
  odvSentiero: [['odvSentiero.invernizzi', 'Maria Grazia', 'Invernizzi', 'Presidente']],
  ats: [
    ['ats.sartori', 'Roberta', 'Sartori', 'Referente integrazione sociosanitaria e disabilità'],
  ],
  coopAbilita: [
    [
      'coopAbilita.monti',
      'Fabrizio',
      'Monti',
      'Responsabile inserimenti lavorativi persone con disabilità',
    ],
  ],
  famiglie: [['famiglie.lombardi', 'Teresa', 'Lombardi', 'Presidente']],
};

/** Every referente of the demo, in the order the demo writes them. */
export const contactSpecs: ContactSpec[] = Object.entries(contactsByOrganization).flatMap(
  ([organization, rows]) =>
    rows.map(([key, firstName, lastName, role]) => ({
      key,
      organization,
      firstName,
      lastName,
      role,
    })),
);

/** The keys of an organization's referenti, representative first. */
export function contactKeysOf(organization: string): string[] {
  return (contactsByOrganization[organization] ?? []).map(([key]) => key);
}
