import type { DemoCalendar } from './calendar';
import type { MeetingSpec } from './meetingBuilder';

/** Days from today of the Sud-Est Milano meetings: four held, one convoked, one in preparation. */
export const sudEstMeetingDays = {
  insediamento: -125,
  tavoloServizi: -82,
  primavera: -40,
  giugno: -12,
  prossima: 9,
  workshop: 51,
} as const;

const segrateHall = 'Sala consiliare, Comune di Segrate, Via I Maggio – Segrate';

/** The meetings of the Sud-Est Milano cabina di regia, in date order. */
export function sudEstMeetingSpecs(calendar: DemoCalendar): MeetingSpec[] {
  const year = calendar.programmeYear;
  return [
    {
      key: 'sudEst.insediamento',
      kind: 'ordinaria',
      title: `Insediamento della cabina di regia e programma di lavoro ${year}`,
      dayOffset: sudEstMeetingDays.insediamento,
      startTime: '09:30',
      endTime: '12:00',
      place: segrateHall,
      president: 'afol.bassi',
      secretary: 'afol.ferrario',
      items: [
        {
          title: 'Comunicazioni della coordinatrice',
          kind: 'informativa',
          presenter: 'afol.bassi',
          plannedMinutes: 15,
          minutesText:
            `La coordinatrice illustra la composizione della rete per il ${year}: quattordici Comuni, ` +
            'le parti sociali, gli operatori accreditati, le cooperative sociali e l’ASST. Ricorda gli ' +
            'impegni assunti con Regione Lombardia per lo Sportello Lavoro Sud Est Milano.',
        },
        {
          title: `Programma di lavoro ${year} e calendario delle sedute`,
          description:
            'Obiettivi, linee guida e cadenza delle sedute ordinarie e dei tavoli tecnici.',
          kind: 'deliberazione',
          presenter: 'afol.bassi',
          plannedMinutes: 30,
          minutesText:
            'Si discute la proposta di programma. CISL chiede un tavolo dedicato al raccordo con i ' +
            'servizi sociali comunali, che viene inserito nel calendario. Si conviene di dotare la ' +
            'cabina di regia di un regolamento di funzionamento.',
          decision: {
            text: `Approvati il programma di lavoro ${year} e il calendario delle sedute a cadenza bimestrale.`,
            abstained: 1,
          },
        },
        {
          title: `Sportello Lavoro Sud Est Milano: avvio delle attività ${year}`,
          kind: 'discussione',
          presenter: 'segrate.brambilla',
          plannedMinutes: 30,
          minutesText:
            'Il Comune di Segrate presenta l’organizzazione dello Sportello e chiede ai Comuni di ' +
            'indicare un referente per le segnalazioni. Si propone un evento pubblico di ' +
            'presentazione del Patto alla cittadinanza.',
        },
        {
          title: 'Adesione di nuovi enti alla rete',
          description: 'Richiesta di adesione di Confcommercio Sud-Est Milano.',
          kind: 'deliberazione',
          presenter: 'segrate.colombo',
          plannedMinutes: 10,
          minutesText:
            'La richiesta di adesione è accolta; Confcommercio partecipa come ente aderente.',
          decision: {
            text: 'Approvata l’adesione di Confcommercio Sud-Est Milano alla rete come ente aderente.',
          },
        },
      ],
      exceptions: [
        { organization: 'ministero', status: 'assenteGiustificato' },
        { organization: 'regione', status: 'delegato', delegateName: 'Pietro Salvi' },
        { organization: 'cerro', status: 'assente' },
        { organization: 'carpiano', status: 'assenteGiustificato' },
        { organization: 'odvSentiero', status: 'assente' },
      ],
      lateArrivals: { cgil: 15, rodano: 10 },
      earlyDepartures: { milano: '11:15' },
    },
    {
      key: 'sudEst.tavoloServizi',
      kind: 'tavoloTecnico',
      title: 'Tavolo tecnico: raccordo tra servizi sociali comunali e Sportello Lavoro',
      dayOffset: sudEstMeetingDays.tavoloServizi,
      startTime: '14:30',
      endTime: '16:30',
      place: 'Sede AFOL Metropolitana, Via Soderini 24 – Milano',
      onlineLink: 'https://videoconferenza.example.it/cabina-sud-est/tavolo-servizi',
      president: 'afol.bassi',
      secretary: 'afol.ferrario',
      invited: [
        'afol',
        'segrate',
        'sanDonato',
        'sanGiuliano',
        'peschiera',
        'pioltello',
        'melegnano',
        'paullo',
        'asst',
        'formazioneSudEst',
        'competenzeMartesana',
        'coopLavoroInsieme',
        'coopFiloLambro',
        'coopTessere',
        'odvSentiero',
      ],
      items: [
        {
          title: 'Procedure di invio dai servizi sociali comunali allo Sportello',
          kind: 'discussione',
          presenter: 'afol.ferrario',
          plannedMinutes: 30,
          minutesText:
            'Gli assistenti sociali segnalano tempi di attesa lunghi per il primo colloquio. Si ' +
            'concorda un canale diretto per i casi più fragili e un riscontro scritto al servizio ' +
            'inviante entro dieci giorni.',
        },
        {
          title: 'Scheda di segnalazione condivisa',
          kind: 'deliberazione',
          presenter: 'segrate.colombo',
          plannedMinutes: 20,
          minutesText:
            'Il Comune di Segrate presenta la bozza di scheda. Si chiede di aggiungere il consenso al ' +
            'trattamento dei dati e l’indicazione dei servizi già attivi sulla persona.',
          decision: {
            text: 'Approvata la scheda di segnalazione condivisa, da adottare in tutti i Comuni aderenti.',
            abstained: 1,
          },
        },
        {
          title: 'Mappatura dei tirocini di inclusione attivi',
          kind: 'informativa',
          presenter: 'coopLavoroInsieme.tosi',
          plannedMinutes: 15,
          minutesText:
            'La cooperativa propone di raccogliere in un unico elenco i tirocini di inclusione attivi ' +
            'nel territorio, con ente promotore, azienda ospitante e scadenza.',
        },
        {
          title: 'Raccordo con i servizi di salute mentale dell’ASST',
          kind: 'discussione',
          presenter: 'asst.pagani',
          plannedMinutes: 20,
          minutesText:
            'L’ASST propone una convenzione per la valutazione congiunta delle persone in carico ai ' +
            'CPS che accedono allo Sportello.',
        },
      ],
      exceptions: [
        { organization: 'paullo', status: 'assente' },
        { organization: 'melegnano', status: 'delegato', delegateName: 'Laura Cerri' },
        { organization: 'competenzeMartesana', status: 'assenteGiustificato' },
      ],
      lateArrivals: { asst: 20 },
    },
    {
      key: 'sudEst.primavera',
      kind: 'ordinaria',
      title: 'Monitoraggio del primo trimestre e nuove candidature',
      dayOffset: sudEstMeetingDays.primavera,
      startTime: '09:30',
      endTime: '12:30',
      place: segrateHall,
      president: 'afol.bassi',
      secretary: 'afol.ferrario',
      items: [
        {
          title: 'Monitoraggio Sportello Lavoro: dati del trimestre',
          kind: 'informativa',
          presenter: 'afol.ferrario',
          plannedMinutes: 20,
          minutesText:
            'Sono presentati i dati del trimestre raccolti con le schede di aggiornamento dei ' +
            'partner: le prese in carico sono in linea con il target annuale, i tirocini avviati ' +
            'leggermente sotto le attese. Non è ancora pervenuta la scheda di Competenze Martesana.',
        },
        {
          title: 'Stato di avanzamento delle azioni',
          kind: 'discussione',
          presenter: 'afol.bassi',
          plannedMinutes: 25,
          minutesText:
            'Il regolamento e la scheda di segnalazione sono completati. La mappatura dei tirocini è ' +
            'in corso; il punto di accesso di Pioltello attende la disponibilità dei locali.',
        },
        {
          title: 'Avviso regionale “Emergenza lavoro”: candidatura della rete',
          description: 'Proposta di candidatura con il Comune di Segrate ente capofila.',
          kind: 'deliberazione',
          presenter: 'segrate.colombo',
          plannedMinutes: 30,
          minutesText:
            'Il Comune di Segrate illustra l’Avviso e la proposta di piano da 280.000 €, di cui ' +
            '220.000 € a carico di Regione Lombardia. I Comuni di Pioltello e San Giuliano Milanese ' +
            'confermano il cofinanziamento.',
          decision: {
            text: 'Approvata la presentazione della candidatura con il Comune di Segrate ente capofila.',
            abstained: 2,
          },
        },
        {
          title: 'Protocollo d’intesa con le parti sociali per le nuove assunzioni',
          kind: 'deliberazione',
          presenter: 'assolombarda.bianchi',
          plannedMinutes: 20,
          minutesText:
            'Assolombarda presenta lo schema di protocollo per la preselezione dei candidati ' +
            'residenti nei nuovi insediamenti. Le organizzazioni sindacali chiedono una clausola ' +
            'sul monitoraggio della qualità dei contratti.',
          decision: {
            text: 'Approvato lo schema di protocollo d’intesa, con la clausola sul monitoraggio dei contratti.',
            against: 1,
            abstained: 1,
          },
        },
      ],
      exceptions: [
        { organization: 'ministero', status: 'assente' },
        { organization: 'regione', status: 'assenteGiustificato' },
        { organization: 'rodano', status: 'assente' },
        { organization: 'vizzolo', status: 'delegato', delegateName: 'Marco Bellini' },
        { organization: 'carpiano', status: 'assente' },
        { organization: 'milano', status: 'assenteGiustificato' },
        { organization: 'cisl', status: 'delegato', delegateName: 'Giorgio Parolini' },
      ],
      lateArrivals: { assolombarda: 25, pantigliate: 5 },
    },
    {
      key: 'sudEst.giugno',
      kind: 'ordinaria',
      title: 'Avanzamento delle azioni e fabbisogni dei nuovi insediamenti',
      dayOffset: sudEstMeetingDays.giugno,
      startTime: '10:00',
      endTime: '12:30',
      place: 'Sala del Consiglio, Comune di San Donato Milanese',
      president: 'afol.bassi',
      secretary: 'afol.ferrario',
      items: [
        {
          title: 'Stato di avanzamento delle azioni',
          kind: 'discussione',
          presenter: 'afol.ferrario',
          plannedMinutes: 25,
          minutesText:
            'Sono in ritardo l’adozione della scheda di segnalazione in alcuni Comuni e la scheda ' +
            'trimestrale di Competenze Martesana. La convenzione con l’ASST è bloccata in attesa ' +
            'del parere dell’ATS.',
        },
        {
          title: 'Nuovi insediamenti produttivi nell’area: fabbisogni di personale',
          kind: 'informativa',
          presenter: 'assolombarda.gatti',
          plannedMinutes: 20,
          minutesText:
            'Assolombarda presenta i fabbisogni dei nuovi poli della logistica e del commercio: ' +
            'magazzinieri, addetti alle vendite, manutentori. Si chiede agli operatori di costruire ' +
            'percorsi formativi brevi.',
        },
        {
          title: 'Piano di comunicazione del Patto',
          kind: 'deliberazione',
          presenter: 'segrate.brambilla',
          plannedMinutes: 15,
          minutesText:
            'Il piano prevede una pagina web del Patto, materiali informativi per gli sportelli ' +
            'comunali e un workshop pubblico in autunno al posto dell’evento di presentazione.',
          decision: {
            text: 'Approvato il piano di comunicazione del Patto.',
            against: 1,
            abstained: 1,
          },
        },
        {
          title: 'Calendario dei tavoli tecnici del secondo semestre',
          kind: 'deliberazione',
          presenter: 'afol.bassi',
          plannedMinutes: 10,
          minutesText:
            'La segreteria tecnica proporrà le date dei tavoli tecnici entro la settimana.',
          decision: {
            text: 'Approvato il calendario di massima dei tavoli tecnici; le date saranno comunicate dalla segreteria.',
          },
        },
      ],
      otherBusiness:
        'Il Comune di Pioltello aggiorna sulla ricerca dei locali per il punto di accesso ' +
        'decentrato. La seduta è tolta alle ore 12:30.',
      exceptions: [
        { organization: 'ministero', status: 'assenteGiustificato' },
        { organization: 'mediglia', status: 'assente' },
        { organization: 'cerro', status: 'delegato', delegateName: 'Elisa Fontana' },
        { organization: 'uil', status: 'assenteGiustificato' },
        { organization: 'cfp', status: 'assente' },
        { organization: 'pantigliate', status: 'assente' },
      ],
      lateArrivals: { regione: 30 },
      earlyDepartures: { cittaMetropolitana: '11:30' },
    },
    {
      key: 'sudEst.prossima',
      kind: 'ordinaria',
      title: 'Monitoraggio e sottoscrizione del protocollo d’intesa',
      dayOffset: sudEstMeetingDays.prossima,
      startTime: '09:30',
      endTime: '12:00',
      place: segrateHall,
      onlineLink: 'https://videoconferenza.example.it/cabina-sud-est/seduta',
      president: 'afol.bassi',
      secretary: 'afol.ferrario',
      items: [
        {
          title: 'Monitoraggio Sportello Lavoro: dati del trimestre',
          kind: 'informativa',
          presenter: 'afol.ferrario',
          plannedMinutes: 20,
        },
        {
          title: 'Stato di avanzamento delle azioni',
          kind: 'discussione',
          presenter: 'afol.bassi',
          plannedMinutes: 25,
        },
        {
          title: 'Protocollo d’intesa con le parti sociali: esito della sottoscrizione',
          kind: 'informativa',
          presenter: 'assolombarda.bianchi',
          plannedMinutes: 15,
        },
        {
          title: 'Azione di sistema disabilità: stato dei tirocini di inclusione',
          kind: 'informativa',
          presenter: 'coopFiloLambro.arrigoni',
          plannedMinutes: 15,
        },
      ],
    },
    {
      key: 'sudEst.workshop',
      kind: 'workshop',
      title: 'Workshop: il lavoro in rete per le persone più fragili',
      dayOffset: sudEstMeetingDays.workshop,
      startTime: '09:00',
      endTime: '13:00',
      place: 'Sala conferenze, Città metropolitana di Milano, Via Vivaio 1 – Milano',
      president: 'afol.bassi',
      secretary: 'afol.ferrario',
      items: [
        {
          title: 'Esiti del primo semestre del Patto',
          kind: 'informativa',
          presenter: 'afol.bassi',
          plannedMinutes: 30,
        },
        {
          title: 'Buone prassi: tre casi dello Sportello Lavoro',
          kind: 'discussione',
          presenter: 'formazioneSudEst.sironi',
          plannedMinutes: 45,
        },
        {
          title: 'Disability management nelle imprese del territorio',
          kind: 'discussione',
          presenter: 'assolombarda.gatti',
          plannedMinutes: 30,
        },
        {
          title: 'Proposte per la programmazione dell’anno successivo',
          kind: 'discussione',
          presenter: 'segrate.colombo',
          plannedMinutes: 30,
        },
      ],
    },
  ];
}
