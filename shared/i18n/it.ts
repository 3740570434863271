import { actionsIt } from './catalog/actions';
import { documentsIt } from './catalog/documents';
import { exchangeIt } from './catalog/exchange';
import { mapIt } from './catalog/map';
import { meetingsIt } from './catalog/meetings';
import { minutesIt } from './catalog/minutes';
import { sessionRecordIt } from './catalog/sessionRecord';
import { projectsIt } from './catalog/projects';
import { rosterIt } from './catalog/roster';
import { uiIt } from './catalog/ui';
import { meetingLifeIt } from './catalog/meetingLife';
import { dataSafetyIt } from './catalog/dataSafety';

/** The Italian catalog: the default language of Regia and the list of every message key. */
export const it = {
  'app.name': 'Regia',
  'app.tagline': 'Cabina di regia: riunioni, rete, azioni',

  'nav.overview': 'Panoramica',
  'nav.meetings': 'Riunioni',
  'nav.actions': 'Azioni',
  'nav.network': 'Rete',
  'nav.map': 'Mappa',
  'nav.exchange': 'Scambio fogli',
  'nav.settings': 'Impostazioni',
  'nav.main': 'Navigazione principale',
  'nav.skipToContent': 'Vai al contenuto della pagina',
  'nav.toggle': 'Apri o chiudi il menu',

  'menu.file': 'File',
  'menu.import': 'Importa…',
  'menu.export': 'Esporta…',
  'menu.backup': 'Salva backup…',
  'menu.restore': 'Ripristina da backup…',
  'menu.quit': 'Esci',
  'menu.edit': 'Modifica',
  'menu.undo': 'Annulla',
  'menu.redo': 'Ripeti',
  'menu.cut': 'Taglia',
  'menu.copy': 'Copia',
  'menu.paste': 'Incolla',
  'menu.selectAll': 'Seleziona tutto',
  'menu.view': 'Visualizza',
  'menu.palette': 'Cerca comandi…',
  'menu.reload': 'Ricarica',
  'menu.zoomIn': 'Aumenta zoom',
  'menu.zoomOut': 'Riduci zoom',
  'menu.resetZoom': 'Dimensioni reali',
  'menu.fullscreen': 'Schermo intero',
  'menu.devTools': 'Strumenti per sviluppatori',
  'menu.help': 'Aiuto',
  'menu.about': 'Informazioni su Regia',
  'menu.settings': 'Impostazioni…',

  'common.save': 'Salva',
  'common.cancel': 'Annulla',
  'common.create': 'Crea',
  'common.close': 'Chiudi',
  'common.confirm': 'Conferma',
  'common.edit': 'Modifica',
  'common.archive': 'Archivia',
  'common.search': 'Cerca',
  'common.none': 'Nessuno',
  'common.loading': 'Caricamento…',
  'common.required': 'Campo obbligatorio',
  'common.name': 'Nome',
  'common.date': 'Data',
  'common.status': 'Stato',
  'common.type': 'Tipo',
  'common.role': 'Ruolo',
  'common.notes': 'Note',
  'common.total': 'Totale',
  'common.records': '{count, plural, one {# record} other {# record}}',

  'theme.toggle': 'Cambia tema chiaro/scuro',
  'theme.light': 'Chiaro',
  'theme.dark': 'Scuro',
  'theme.auto': 'Automatico',

  'network.switcher': 'Rete attiva',
  'network.switcherPlaceholder': 'Scegli una rete',
  'network.new': 'Nuova rete',
  'network.name': 'Nome della rete',
  'network.territory': 'Territorio',
  'network.programme': 'Programma',
  'network.created': 'Rete «{name}» creata',

  'empty.title': 'Benvenuto in Regia',
  'empty.body':
    'Regia raccoglie le sedute, la rete dei partner, le azioni e gli scambi di fogli della tua cabina di regia, tutto su questo computer. Per cominciare carica una rete di esempio oppure crea la tua.',
  'empty.loadDemo': 'Carica rete di esempio',
  'empty.createNetwork': 'Crea una nuova rete',
  'empty.restore': 'Ripristina da un backup',
  'demo.loading': 'Caricamento della rete di esempio…',
  'demo.loaded': 'Rete di esempio caricata: {count, plural, one {# record} other {# record}}',

  'palette.placeholder': 'Cerca una pagina o un comando…',
  'palette.nothingFound': 'Nessun comando trovato',
  'palette.goTo': 'Vai a {page}',
  'palette.toggleTheme': 'Cambia tema',
  'palette.backup': 'Salva backup su file',
  'palette.restore': 'Ripristina da file di backup',
  'palette.newOrganization': 'Nuovo ente',
  'palette.newAction': 'Nuova azione',
  'palette.newMeeting': 'Nuova seduta',
  'palette.switchLanguage': 'Switch to English',

  'overview.title': 'Panoramica',
  'overview.organizations': 'Enti nella rete',
  'overview.openActions': 'Azioni aperte',
  'overview.overdueActions': 'Azioni scadute',
  'overview.nextMeeting': 'Prossima seduta',
  'overview.noNextMeeting': 'Nessuna seduta in programma',
  'overview.projects': 'Progetti attivi',
  'overview.recentActivity': 'Ultime modifiche',
  'overview.noActivity': 'Nessuna modifica registrata',

  'meetings.title': 'Riunioni',
  'meetings.new': 'Nuova seduta',
  'meetings.empty': 'Nessuna seduta per questa rete',
  'meetings.number': 'Seduta n. {number}/{year}',
  'meetings.items':
    '{count, plural, one {# punto all’ordine del giorno} other {# punti all’ordine del giorno}}',
  'meetings.agenda': 'Ordine del giorno',
  'meetings.place': 'Luogo',
  'meetings.kind': 'Tipo di seduta',
  'meetings.time': 'Ora di inizio',
  'meetings.created': 'Seduta creata',

  'actions.title': 'Azioni',
  'actions.new': 'Nuova azione',
  'actions.empty': 'Nessuna azione per questa rete',
  'actions.titleField': 'Titolo',
  'actions.owner': 'Ente responsabile',
  'actions.dueDate': 'Scadenza',
  'actions.progress': 'Avanzamento',
  'actions.priority': 'Priorità',
  'actions.created': 'Azione «{title}» creata',
  'actions.overdue': 'Scaduta',

  'roster.title': 'Rete',
  'roster.members': 'Enti della rete',
  'roster.newOrganization': 'Nuovo ente',
  'roster.empty': 'Nessun ente in questa rete',
  'roster.comune': 'Comune',
  'roster.provincia': 'Provincia',
  'roster.email': 'Email',
  'roster.contacts': 'Referenti',
  'roster.votingRight': 'Diritto di voto',
  'roster.organizationCreated': 'Ente «{name}» aggiunto alla rete',
  'roster.searchPlaceholder': 'Cerca per nome, comune, codice, email…',

  'map.title': 'Mappa della rete',
  'map.relationships': 'Relazioni',
  'map.empty': 'Nessuna relazione registrata',
  'map.summary':
    '{nodes, plural, one {# ente} other {# enti}}, {edges, plural, one {# relazione} other {# relazioni}}',
  'map.from': 'Da',
  'map.to': 'A',
  'map.weight': 'Peso',

  'exchange.title': 'Scambio fogli',
  'exchange.intro':
    'Qui prepari le schede di aggiornamento per i partner e reimporti i fogli che ti rimandano.',
  'exchange.batches': 'Scambi registrati',
  'exchange.empty': 'Nessuno scambio registrato',
  'exchange.partners': 'Partner della rete',

  'settings.title': 'Impostazioni',
  'settings.profile': 'Il tuo profilo',
  'settings.profileHelp':
    'Nome ed ente vengono registrati in ogni modifica (registro delle modifiche).',
  'settings.userName': 'Nome e cognome',
  'settings.userOrganization': 'Ente',
  'settings.language': 'Lingua',
  'settings.theme': 'Tema',
  'settings.saved': 'Impostazioni salvate',
  'settings.appInfo': 'Versione {version} · {host}',
  'settings.dataLocation': 'Dove sono i dati: {location}',

  'backup.title': 'Backup e ripristino',
  'backup.help':
    'Un backup contiene tutto il database in un solo file. Prima di ogni ripristino Regia salva automaticamente un backup dei dati attuali.',
  'backup.saveToFile': 'Salva backup su file…',
  'backup.restoreFromFile': 'Ripristina da file…',
  'backup.saved': 'Backup salvato',
  'backup.savedWhere': 'Backup salvato in {location}',
  'backup.automatic': 'Backup automatici',
  'backup.automaticEmpty': 'Nessun backup automatico ancora',
  'backup.reason.daily': 'giornaliero',
  'backup.reason.beforeImport': 'prima di un’importazione',
  'backup.reason.beforeRestore': 'prima di un ripristino',
  'backup.reason.manual': 'manuale',
  'backup.restore': 'Ripristina',
  'backup.confirmTitle': 'Ripristinare questo backup?',
  'backup.confirmBody':
    'Tutti i dati attuali saranno sostituiti da quelli del backup. Prima verrà salvato un backup automatico dei dati attuali.',
  'backup.createdAt': 'Creato il {date} con Regia {version}',
  'backup.networks': 'Reti: {names}',
  'backup.confirmRestore': 'Sostituisci i dati e ripristina',
  'backup.restored': 'Ripristino completato: {count, plural, one {# record} other {# record}}',
  'backup.restoring': 'Ripristino in corso…',
  'backup.table': 'Tabella',
  'backup.rows': 'Righe',

  'audit.source.ui': 'interfaccia',
  'audit.source.import': 'importazione',
  'audit.source.restore': 'ripristino',
  'audit.source.demo': 'rete di esempio',
  'audit.source.migration': 'aggiornamento del database',

  'error.title': 'Si è verificato un problema',
  'error.quota':
    'Lo spazio di archiviazione è esaurito: i dati non sono stati salvati. Libera spazio sul disco oppure salva un backup e archivia i record che non servono, poi riprova.',
  'error.storage':
    'Il database non ha potuto salvare i dati ({cause}). Nulla è stato modificato: riprova; se il problema continua salva un backup e riavvia Regia.',
  'error.newerDatabase':
    'Questi dati sono stati scritti da una versione più recente di Regia. Per non danneggiarli questa versione non li apre: installa l’ultima versione di Regia.',
  'error.blocked':
    'Regia è aperta in un’altra finestra con una versione diversa. Chiudi le altre finestre di Regia e riprova.',
  'error.versionChange':
    'Il database è stato aggiornato da un’altra finestra. Ricarica questa finestra per continuare.',
  'error.persistDenied':
    'Il browser non garantisce di conservare i dati in modo permanente: salva regolarmente un backup su file.',
  'error.backupInvalid':
    'Il file scelto non è un backup di Regia valido ({details}). Nessun dato è stato modificato.',
  'error.backupNewer':
    'Il backup è stato creato da una versione più recente di Regia (formato {version}). Aggiorna Regia per ripristinarlo.',
  'error.unexpected': 'Errore imprevisto: {message}',
  'error.reload': 'Ricarica',
  'error.validation': 'Controlla i campi evidenziati',
  'error.untrustedSender': 'Richiesta rifiutata: non proviene dalla finestra di Regia.',
  'error.backupName': 'Nome di backup automatico non valido: {name}',
  'error.fileTooLarge':
    'Il file è troppo grande per essere aperto ({size} MB; il massimo è {limit} MB).',

  'enum.organizationType.comune': 'Comune',
  'enum.organizationType.unioneComuni': 'Unione di comuni / ambito',
  'enum.organizationType.cittaMetropolitana': 'Città metropolitana',
  'enum.organizationType.regione': 'Regione',
  'enum.organizationType.ministero': 'Ministero',
  'enum.organizationType.atsAsst': 'ATS / ASST',
  'enum.organizationType.agenziaLavoro': 'Agenzia per il lavoro (AFOL)',
  'enum.organizationType.enteAccreditato': 'Ente accreditato lavoro / formazione',
  'enum.organizationType.cooperativaSociale': 'Cooperativa sociale',
  'enum.organizationType.associazione': 'Associazione / OdV / APS',
  'enum.organizationType.associazioneDatoriale': 'Associazione datoriale',
  'enum.organizationType.sindacato': 'Sindacato',
  'enum.organizationType.scuolaUniversita': 'Scuola / università',
  'enum.organizationType.impresa': 'Impresa',
  'enum.organizationType.altro': 'Altro',

  'enum.membershipRole.capofila': 'Capofila',
  'enum.membershipRole.coordinamento': 'Coordinamento',
  'enum.membershipRole.partner': 'Partner',
  'enum.membershipRole.aderente': 'Aderente',
  'enum.membershipRole.osservatore': 'Osservatore',

  'enum.meetingKind.ordinaria': 'Ordinaria',
  'enum.meetingKind.straordinaria': 'Straordinaria',
  'enum.meetingKind.tavoloTecnico': 'Tavolo tecnico',
  'enum.meetingKind.workshop': 'Workshop',

  'enum.meetingStatus.bozza': 'Bozza',
  'enum.meetingStatus.convocata': 'Convocata',
  'enum.meetingStatus.svolta': 'Svolta',
  'enum.meetingStatus.verbaleInBozza': 'Verbale in bozza',
  'enum.meetingStatus.verbaleApprovato': 'Verbale approvato',
  'enum.meetingStatus.annullata': 'Annullata',
  'enum.meetingStatus.rinviata': 'Rinviata',

  'enum.agendaItemKind.informativa': 'Informativa',
  'enum.agendaItemKind.discussione': 'Discussione',
  'enum.agendaItemKind.deliberazione': 'Deliberazione',

  'enum.actionStatus.daAvviare': 'Da avviare',
  'enum.actionStatus.inCorso': 'In corso',
  'enum.actionStatus.completata': 'Completata',
  'enum.actionStatus.bloccata': 'Bloccata',
  'enum.actionStatus.annullata': 'Annullata',

  'enum.actionPriority.bassa': 'Bassa',
  'enum.actionPriority.media': 'Media',
  'enum.actionPriority.alta': 'Alta',

  'enum.relationshipKind.convenzione': 'Convenzione',
  'enum.relationshipKind.collaborazione': 'Collaborazione',
  'enum.relationshipKind.invio': 'Invio / segnalazione',
  'enum.relationshipKind.coProgettazione': 'Co-progettazione',
  'enum.relationshipKind.finanziamento': 'Finanziamento',
  'enum.relationshipKind.altro': 'Altro',

  'language.it': 'Italiano',
  'language.en': 'English',
  // Each feature keeps its own messages in catalog/<feature>.ts.
  ...rosterIt,
  ...meetingsIt,
  ...minutesIt,
  ...sessionRecordIt,
  ...actionsIt,
  ...exchangeIt,
  ...mapIt,
  ...documentsIt,
  ...projectsIt,
  ...uiIt,
  ...meetingLifeIt,
  ...dataSafetyIt,
} as const satisfies Record<string, string>;

/** The key of a message in the catalogs. */
export type MessageKey = keyof typeof it;
