/** Italian messages of the exchange feature; keys start with `exchange.`. */
export const exchangeIt = {
  'exchange.column.title': 'Titolo',
  'exchange.column.project': 'Progetto',
  'exchange.column.dueDate': 'Scadenza',
  'exchange.column.status': 'Stato',
  'exchange.column.progress': 'Avanzamento (%)',
  'exchange.column.proposedDueDate': 'Nuova scadenza proposta',
  'exchange.column.updateNote': 'Nota di aggiornamento',
  'exchange.column.lastName': 'Cognome',
  'exchange.column.firstName': 'Nome',
  'exchange.column.role': 'Ruolo',
  'exchange.column.email': 'Email',
  'exchange.column.phone': 'Telefono',
  'exchange.column.retired': 'Non più referente',
  'exchange.column.organizationName': 'Ente',
  'exchange.column.costItem': 'Voce di spesa',
  'exchange.column.expenseDate': 'Data',
  'exchange.column.amount': 'Importo (€)',
  'exchange.column.documentReference': 'Riferimento documento',
  'exchange.column.fundingSource': 'Fonte',
  'exchange.hint.expenseChoice': 'Scegli dall’elenco (i valori sono anche nel foglio Legenda).',
  'exchange.hint.documentReference':
    'Il documento della spesa: fattura, cedolino o ricevuta, con il suo numero.',
  'exchange.hint.expenseNote': 'Una nota facoltativa sulla spesa.',
  'exchange.hint.amount':
    'Importo in euro, maggiore di zero, con al massimo due decimali: 1234,56 o 1234.56.',
  'exchange.reason.invalidAmount':
    'Importo non valido: scrivi un numero in euro con al massimo due decimali, ad esempio 1234,56.',
  'exchange.reason.unknownProject':
    'Progetto non riconosciuto: scegli uno dei vostri progetti dall’elenco.',
  'exchange.reason.unknownCostItem':
    'Voce di spesa non riconosciuta per questo progetto: scegli dall’elenco.',
  'exchange.reason.unknownSource':
    'Fonte non riconosciuta per questo progetto: scegli dall’elenco.',
  'exchange.reason.beforeProjectStart':
    'La data è precedente all’inizio del progetto: una spesa si registra nel periodo del progetto.',
  'exchange.reason.afterProjectEnd':
    'La data è successiva alla fine del progetto: una spesa si registra nel periodo del progetto.',
  'exchange.reason.futureDate': 'La data è futura: si registrano solo spese già sostenute.',
  'exchange.workbook.expensesHelp':
    '• Foglio «Spese»: scrivi una riga per ogni spesa sostenuta: progetto, voce di spesa, data, importo, riferimento del documento (fattura, cedolino, ricevuta), fonte ed eventuale nota. Lascia vuota la colonna ID: ogni riga è una spesa nuova. La data cade nel periodo del progetto e non è futura.',
  'exchange.legend.amount':
    'Importo in euro, maggiore di zero, con al massimo due decimali; per i decimali vale la virgola o il punto.',
  'exchange.legend.expenseProject': 'Un vostro progetto su cui registrare spese.',
  'exchange.legend.costItem': 'Una voce di spesa dei vostri progetti.',
  'exchange.legend.fundingSource': 'Una fonte di finanziamento dei vostri progetti.',
  'exchange.review.newExpense': 'Nuova spesa: {document}',
  'exchange.review.createExpenseLabel': 'Registra la spesa della riga {row}',
  'exchange.column.pec': 'PEC',
  'exchange.column.address': 'Indirizzo',
  'exchange.hint.email':
    'Un indirizzo email (per la PEC l’indirizzo di posta certificata). Svuotare la cella cancella il dato.',
  'exchange.hint.phone':
    'Un numero di telefono: cifre, spazi e un + iniziale, da 6 a 15 cifre. Svuotare la cella cancella il dato.',
  'exchange.reason.invalidEmail': 'Indirizzo email non valido: scrivilo come nome@dominio.it.',
  'exchange.reason.invalidPhone':
    'Numero di telefono non valido: solo cifre, spazi e un + iniziale, da 6 a 15 cifre.',
  'exchange.workbook.organizationHelp':
    '• Foglio «La vostra organizzazione»: se sono cambiati, correggi PEC, email, telefono e indirizzo del vostro ente.',
  'exchange.flag.yes': 'Sì',
  'exchange.hint.flag':
    'Scrivi «Sì» se questa persona non è più vostro referente: il coordinamento la archivia. Vuota: resta.',
  'exchange.reason.invalidFlag': 'Scrivi «Sì» oppure lascia la cella vuota.',
  'exchange.column.indicator': 'Indicatore',
  'exchange.column.unit': 'Unità',
  'exchange.column.target': 'Target',
  'exchange.column.period': 'Periodo',
  'exchange.column.value': 'Valore',
  'exchange.column.valueNote': 'Nota',
  'exchange.column.id': 'ID',
  'exchange.column.revision': 'Revisione',
  'exchange.column.targetShare': 'Target dell’ente',
  'exchange.column.lastValue': 'Ultimo valore inviato',
  'exchange.lastValue': '{value} ({period})',
  'exchange.lateRow': '{indicator} · {period} (in ritardo)',
  'exchange.period.quarter': '{number}° trimestre {year}',
  'exchange.period.month': '{month} {year}',
  'exchange.period.year': 'anno {year}',
  'exchange.hint.period': 'Il periodo a cui si riferisce il valore della riga.',
  'exchange.workbook.lateValues':
    '• Le righe con un periodo precedente sono periodi per cui il vostro ente non ha ancora inviato un valore: potete inviarlo ora, in ritardo, e sarà registrato per quel periodo. Se non c’è nulla da dire lasciatele vuote.',
  'exchange.workbook.targetShare':
    '• «Target dell’ente» è la parte del target del progetto che spetta al vostro ente, in proporzione al suo budget; «Ultimo valore inviato» è il vostro ultimo dato, con il suo periodo.',
  'exchange.export.period': 'Periodo di rendicontazione',
  'exchange.column.owner': 'Ente responsabile',
  'exchange.workbook.supportedActionsHelp':
    '• Foglio «Azioni di supporto»: le azioni di altri enti a cui il vostro ente collabora. Non si modificano: se serve scrivete una Nota di aggiornamento, che comparirà nella cronologia dell’azione.',

  'exchange.workbook.title': 'Scheda di aggiornamento: {partner}',
  'exchange.workbook.network': 'Rete: {network}',
  'exchange.workbook.sent': 'Scheda preparata il {exportedAt} dalla cabina di regia.',
  'exchange.workbook.returnBy': 'Da restituire entro il {returnBy}.',
  'exchange.workbook.whatToFill': 'Che cosa compilare',
  'exchange.workbook.actionsHelp':
    '• Foglio «Azioni»: per ogni azione aggiorna lo Stato (scegli dall’elenco), l’Avanzamento in percentuale (da 0 a 100) e, se serve, una Nuova scadenza proposta e una Nota di aggiornamento. La nuova scadenza è una proposta: la decide il coordinamento. Per proporre una nuova azione scrivi Titolo, Stato e se serve gli altri campi in una riga in fondo, lasciando vuota la colonna ID.',
  'exchange.workbook.contactsHelp':
    '• Foglio «Referenti»: correggi i dati dei vostri referenti. Per proporne uno nuovo scrivi una riga in fondo lasciando vuota la colonna ID. Se una persona non è più vostro referente scrivi «Sì» nella colonna Non più referente.',
  'exchange.workbook.indicatorsHelp':
    '• Foglio «Indicatori»: scrivi il valore raggiunto nel periodo {period} ed eventualmente una nota.',
  'exchange.workbook.rulesTitle': 'Regole',
  'exchange.workbook.ruleYellow':
    '• Scrivi solo nelle colonne con lo sfondo giallo; le altre servono a riconoscere le righe.',
  'exchange.workbook.ruleIds':
    '• Non modificare le colonne ID e Revisione e non rinominare i fogli: servono a Regia per ritrovare ogni riga.',
  'exchange.workbook.ruleEmpty':
    '• Una riga cancellata non cambia nulla. Una cella svuotata dipende dalla colonna:',
  'exchange.workbook.emptied.clears': '   – svuotata vuol dire «cancella questo dato»: {columns}.',
  'exchange.workbook.emptied.keeps':
    '   – un dato già registrato non si cancella svuotando la cella: {columns}.',
  'exchange.workbook.emptied.required': '   – non va lasciata vuota: {columns}.',
  'exchange.workbook.emptied.ignored': '   – vuota non cambia nulla: {columns}.',
  'exchange.workbook.ruleFormats':
    '• Le date si scrivono gg/mm/aaaa (per esempio 05/02/2026); i decimali con la virgola.',
  'exchange.workbook.ruleSave':
    '• Salva il file in formato xlsx (va bene anche ods) e rimandalo a chi te lo ha inviato.',

  'exchange.hint.status': 'Scegli dall’elenco lo stato dell’azione oggi.',
  'exchange.hint.percent':
    'Un numero da 0 a 100: 40 vuol dire 40%. Anche 40% e 0,4 valgono 40%. Non lasciarla vuota.',
  'exchange.hint.proposedDay':
    'Solo se proponi di spostare la scadenza: una data gg/mm/aaaa. Vuota: la scadenza resta.',
  'exchange.hint.note': 'Che cosa è successo dall’ultimo aggiornamento. Compare nella cronologia.',
  'exchange.hint.number':
    'Il valore raggiunto nel periodo: un numero, con la virgola per i decimali (12,5). Un valore già registrato non si cancella svuotando la cella.',
  'exchange.hint.text': 'Testo libero. Svuotare la cella cancella il dato.',
  'exchange.hint.requiredText': 'Obbligatorio: il cognome del referente.',
  'exchange.hint.day': 'Una data gg/mm/aaaa.',
  'exchange.legend.field': 'Campo',
  'exchange.legend.allowed': 'Valori ammessi',
  'exchange.legend.meaning': 'Significato',
  'exchange.legend.status.daAvviare': 'L’azione non è ancora cominciata.',
  'exchange.legend.status.inCorso': 'L’azione è in corso.',
  'exchange.legend.status.completata': 'L’azione è conclusa.',
  'exchange.legend.status.bloccata': 'L’azione è ferma per un problema: spiegalo nella nota.',
  'exchange.legend.status.annullata': 'L’azione non verrà svolta.',
  'exchange.legend.progress': 'Percentuale di avanzamento: 40, 40% e 0,4 valgono tutti 40%.',
  'exchange.legend.proposedDueDate':
    'Lascia vuoto se la scadenza resta la stessa; la cabina di regia valuta la proposta.',
  'exchange.legend.freeText': 'testo libero',
  'exchange.legend.updateNote': 'Comparirà nella cronologia dell’azione.',
  'exchange.legend.value': 'Numero raggiunto nel periodo; usa la virgola per i decimali.',
  'exchange.legend.id':
    'Codice della riga in Regia: non modificarlo. Vuoto per un nuovo referente.',
  'exchange.problem.fileEmpty': 'Il file è vuoto: non contiene nessun dato.',
  'exchange.problem.fileTooLarge':
    'Il file è troppo grande ({size} MB; il massimo è {limit} MB). Nessun dato è stato modificato.',
  'exchange.problem.notSpreadsheet':
    'Il file non è un foglio di calcolo (xlsx, xls, ods o csv): forse è un’immagine o un documento rinominato. Nessun dato è stato modificato.',
  'exchange.problem.damaged':
    'Il file è danneggiato o incompleto e non si può leggere ({details}). Chiedi di rimandarlo. Nessun dato è stato modificato.',
  'exchange.problem.encrypted':
    'Il file è protetto da password: chiedi di salvarlo senza password e di rimandarlo. Nessun dato è stato modificato.',
  'exchange.problem.tooManyEntries':
    'Il file contiene troppe parti interne ({count}; il massimo è {limit}): non sembra un foglio di calcolo normale. Nessun dato è stato modificato.',
  'exchange.problem.inflatesTooMuch':
    'Una volta decompresso il file occuperebbe {size} MB (il massimo è {limit} MB): potrebbe essere un file ostile e non viene aperto. Nessun dato è stato modificato.',
  'exchange.problem.inflatesMoreThanDeclared':
    'Il file dichiara dimensioni false (la parte «{entry}» decompressa è più grande di quanto dichiara): potrebbe essere un file ostile e non viene aperto. Nessun dato è stato modificato.',
  'exchange.problem.tooManyRows':
    'Il foglio «{sheet}» ha troppe righe (il massimo è {limit}). Nessun dato è stato modificato.',
  'exchange.problem.tooManyCells':
    'Il file ha troppe celle (il massimo è {limit}, contando anche quelle vuote fra la colonna A e l’ultima cella di ogni riga). Nessun dato è stato modificato.',
  'exchange.problem.tooManyColumns':
    'Il foglio «{sheet}» ha dati nella cella {cell}, oltre l’ultima colonna ammessa ({lastColumn}, la colonna {limit}): cancella le celle più a destra e riprova. Nessun dato è stato modificato.',
  'exchange.problem.rowBeyondLimit':
    'Il foglio «{sheet}» ha dati alla riga {row}, oltre il massimo di {limit, plural, one {# riga} other {# righe}}: il file non viene importato, perché nessuna riga va scartata in silenzio. Nessun dato è stato modificato.',
  'exchange.problem.lineTooLong':
    'La riga {row} del file è troppo lunga ({length, plural, one {# carattere} other {# caratteri}}; il massimo è {limit, number}): forse il file non è un CSV. Nessun dato è stato modificato.',
  'exchange.problem.cellTooLong':
    'La cella {cell} contiene un testo troppo lungo ({length, plural, one {# carattere} other {# caratteri}}; il massimo è {limit, number}). Nessun dato è stato modificato.',
  'exchange.problem.noData': 'Il file non contiene dati: non c’è nulla da importare.',
  'exchange.problem.headersOnly':
    'Il file contiene solo le intestazioni delle colonne, nessuna riga di dati: non c’è nulla da importare.',
  'exchange.problem.timeout':
    'La lettura del file ha superato il tempo massimo ({seconds, plural, one {# secondo} other {# secondi}}) ed è stata interrotta. Nessun dato è stato modificato.',
  'exchange.problem.notPartnerWorkbook':
    'Questo file non è una scheda di aggiornamento di Regia. Per importare enti o referenti da un foglio qualsiasi usa «Importa enti e referenti».',
  'exchange.problem.unknownBatch':
    'Questa scheda non corrisponde a nessun invio registrato in questa rete (forse è stata preparata su un altro computer, o quell’invio è stato tolto dallo storico). Esporta una nuova scheda per questo partner e chiedigli di compilare quella: gli aggiornamenti delle azioni arrivano solo da una scheda registrata.',
  'exchange.problem.otherNetwork':
    'Questa scheda è stata preparata per un’altra rete: apri quella rete e importala lì.',
  'exchange.problem.newerFormat':
    'Questa scheda è stata preparata da una versione più recente di Regia (formato {version}): aggiorna Regia per importarla.',
  'exchange.problem.baseChanged':
    'Il foglio nascosto della scheda non corrisponde all’invio registrato: la scheda è stata alterata e non viene importata.',
  'exchange.problem.alreadyImported':
    'File già importato il {date} («{file}»): non c’è nulla di nuovo da proporre. Per importarlo di nuovo annulla prima quell’importazione nello storico.',

  'exchange.reason.unknownId': 'L’ID non corrisponde a nessun record di Regia.',
  'exchange.reason.otherPartner': 'La riga appartiene a un altro partner.',
  'exchange.reason.notInBatch': 'La riga non era nella scheda inviata a questo partner.',
  'exchange.reason.duplicateId': 'Lo stesso ID compare in più righe: vale solo la prima.',
  'exchange.reason.recordMissing': 'Il record non esiste più in Regia.',
  'exchange.reason.archivedInRegia': 'Il record è stato archiviato in Regia dopo l’invio.',
  'exchange.reason.readOnlyColumn':
    'Questa colonna è solo informativa: la modifica non viene importata.',
  'exchange.reason.required': 'Il valore è obbligatorio.',
  'exchange.reason.invalidStatus': 'Stato non ammesso: scegli un valore del foglio Legenda.',
  'exchange.reason.invalidDate': 'Data non valida: scrivila come gg/mm/aaaa.',
  'exchange.reason.invalidNumber': 'Non è un numero.',
  'exchange.reason.invalidPercent': 'Percentuale non valida: scrivi un numero da 0 a 100.',
  'exchange.reason.outOfRange': 'Il valore è fuori dall’intervallo ammesso.',
  'exchange.reason.tooLong': 'Il testo è troppo lungo.',
  'exchange.reason.formula':
    'La cella contiene una formula: Regia importa solo valori scritti, non il risultato di formule.',
  'exchange.reason.cannotEmpty': 'Un valore già registrato non si cancella dal foglio.',
  'exchange.reason.newNotAllowed':
    'Da questo foglio non si creano nuovi record: le nuove azioni si concordano in cabina di regia.',
  'exchange.export.title': 'Schede di aggiornamento per i partner',
  'exchange.export.help':
    'Ogni partner riceve un file con le sue azioni, i suoi referenti e i suoi indicatori del periodo, da compilare con Excel o LibreOffice e rimandare.',
  'exchange.export.returnBy': 'Da restituire entro',
  'exchange.export.all': 'Esporta le schede di tutti i partner',
  'exchange.export.one': 'Esporta scheda',
  'exchange.export.oneFor': 'Esporta scheda di {partner}',
  'exchange.export.saveTitle': 'Scegli la cartella in cui salvare le schede',
  'exchange.export.progress': 'Preparazione delle schede: {done} di {total}',
  'exchange.export.done': '{count, plural, one {# scheda esportata} other {# schede esportate}}',
  'exchange.export.doneWhere':
    '{count, plural, one {# scheda salvata} other {# schede salvate}} in {location}',
  'exchange.export.skipped': 'Nessun dato da inviare a: {names}',
  'exchange.export.nothing': 'Non ci sono dati da inviare ai partner scelti.',
  'exchange.export.partner': 'Partner',
  'exchange.export.lastSent': 'Ultimo invio',
  'exchange.export.returned': 'Restituzione',
  'exchange.export.remind': 'Da sollecitare',
  'exchange.export.remindNone': 'Nessun partner da sollecitare.',
  'exchange.export.copyRemind': 'Copia l’elenco',
  'exchange.export.copied': 'Elenco copiato',
  'exchange.return.notSent': 'Mai inviata',
  'exchange.return.returned': 'Restituita',
  'exchange.return.waiting': 'In attesa',
  'exchange.return.late': 'In ritardo',
  'exchange.return.stale': 'Tornata una scheda vecchia',
  'exchange.return.by': 'entro il {date}',

  'exchange.import.title': 'Reimporta i fogli ricevuti',
  'exchange.import.help':
    'Scegli una scheda restituita da un partner (xlsx, xls, ods o csv): Regia ti mostra che cosa è cambiato e non scrive nulla finché non confermi.',
  'exchange.import.partnerWorkbook': 'Importa la scheda di un partner…',
  'exchange.import.pickTitle': 'Scegli la scheda restituita',
  'exchange.import.reading': 'Lettura del file in corso…',
  'exchange.import.problemTitle': 'Il file non è stato importato',
  'exchange.import.stale':
    'I dati in Regia sono cambiati durante la revisione: nulla è stato importato. Riapri il file per rivedere le modifiche.',
  'exchange.import.done':
    'Importazione completata: {count, plural, =0 {scheda registrata come restituita, nessuna modifica} one {# modifica applicata} other {# modifiche applicate}}',

  'exchange.review.title': 'Revisione della scheda di {partner}',
  'exchange.review.file': 'File: {file}',
  'exchange.review.staleWarning':
    'Questa scheda risponde a un invio precedente: nel frattempo a questo partner ne è stata inviata una più recente.',
  'exchange.review.missingRows':
    'Righe tolte dal foglio: {count, plural, one {# (non cambia nulla)} other {# (non cambiano nulla)}}',
  'exchange.review.missingRow': '«{label}» ({sheetName})',
  'exchange.review.filter': 'Mostra',
  'exchange.review.all': 'Tutte ({count})',
  'exchange.review.outcome.applied': 'Da applicare',
  'exchange.review.outcome.conflict': 'Conflitti',
  'exchange.review.outcome.new': 'Nuove',
  'exchange.review.outcome.rejected': 'Respinte',
  'exchange.review.outcome.unchanged': 'Invariate',
  'exchange.review.outcomeCount': '{label} ({count})',
  'exchange.review.badge.applied': 'Modificata nel foglio',
  'exchange.review.badge.conflict': 'Conflitto',
  'exchange.review.badge.new': 'Nuova riga',
  'exchange.review.badge.rejected': 'Respinta',
  'exchange.review.badge.unchanged': 'Invariata',
  'exchange.review.acceptAll': 'Accetta tutte le modifiche senza conflitti',
  'exchange.review.confirm':
    '{count, plural, one {Applica # modifica} other {Applica # modifiche}}',
  'exchange.review.recordReturned': 'Registra come restituita (nessuna modifica)',
  'exchange.review.nothingToApply':
    'La scheda non porta nessuna modifica: puoi registrarla come restituita, così il partner esce dall’elenco dei solleciti.',
  'exchange.review.applying': 'Applicazione in corso…',
  'exchange.review.where': 'Foglio e riga',
  'exchange.review.whereValue': '{sheet}, riga {row}',
  'exchange.review.record': 'Record',
  'exchange.review.field': 'Colonna',
  'exchange.review.base': 'Inviato',
  'exchange.review.current': 'In Regia ora',
  'exchange.review.incoming': 'Nel foglio',
  'exchange.review.outcome': 'Esito',
  'exchange.review.choice': 'Scelta',
  'exchange.review.apply': 'Applica',
  'exchange.review.applyLabel': 'Applica: {record}, {field}',
  'exchange.review.createLabel': 'Applica: nuovo referente della riga {row}',
  'exchange.review.keepRegia': 'Tieni Regia',
  'exchange.review.takeSheet': 'Usa il foglio',
  'exchange.review.conflictLabel': 'Conflitto su {record}, {field}',
  'exchange.review.emptied': '(svuotata)',
  'exchange.review.noItems': 'Nessuna riga in questa categoria.',
  'exchange.review.backupNote':
    'Prima di applicare, Regia salva un backup automatico dei dati attuali.',
  'exchange.review.newContact': 'Nuovo referente: {name}',
  'exchange.review.newAction': 'Nuova azione proposta: {title}',
  'exchange.review.outcome.proposed': 'Proposte',
  'exchange.review.badge.proposed': 'Proposta del partner',
  'exchange.review.proposalLabel': 'Accetta la proposta: {record}, {field}',
  'exchange.review.newActionLabel': 'Accetta la nuova azione della riga {row}',
  'exchange.review.acceptProposal': 'Accetta',
  'exchange.review.proposalsNote':
    '{count, plural, one {# proposta del partner (nuova azione o nuova scadenza) da decidere una per una} other {# proposte del partner (nuove azioni o nuove scadenze) da decidere una per una}}: «Accetta tutte» non le applica.',
  'exchange.review.proposedDue': 'scadenza {date}',
  'exchange.proposal.timelineText': 'Azione proposta da {partner} con la scheda di aggiornamento.',
  'exchange.notAccepted.title': 'Righe non accolte della scheda di {partner}',
  'exchange.notAccepted.file': 'File restituito: {file}, esaminato il {date}.',
  'exchange.notAccepted.count':
    '{count, plural, =0 {Tutto è stato accolto.} one {# valore o riga non accolti:} other {# valori o righe non accolti:}}',
  'exchange.notAccepted.help':
    'Il foglio «Non accolte» dice per ciascuno dove era nella vostra scheda e perché non è stato registrato. Se serve, riportate il dato corretto nella prossima scheda che riceverete.',
  'exchange.notAccepted.noteSheet': 'Nota',
  'exchange.notAccepted.sheet': 'Non accolte',
  'exchange.notAccepted.column.sheet': 'Foglio',
  'exchange.notAccepted.column.row': 'Riga',
  'exchange.notAccepted.column.record': 'Record',
  'exchange.notAccepted.column.column': 'Colonna',
  'exchange.notAccepted.column.value': 'Valore nella scheda',
  'exchange.notAccepted.column.reason': 'Motivo',
  'exchange.notAccepted.wholeRow': 'Riga intera',
  'exchange.notAccepted.refused': 'Non accolta dal coordinamento.',
  'exchange.notAccepted.proposalRefused': 'Proposta non accolta dal coordinamento.',
  'exchange.notAccepted.conflict':
    'Il dato era già stato aggiornato in Regia dopo l’invio: resta «{current}».',
  'exchange.notAccepted.download': 'Scarica le righe non accolte per il partner',
  'exchange.notAccepted.fileName': 'non-accolte',
  'exchange.notAccepted.filterName': 'Cartella di lavoro Excel',
  'exchange.notAccepted.saved': 'File delle righe non accolte salvato',
  'exchange.review.lines': 'Righe della revisione ({count})',

  'exchange.history.title': 'Storico degli scambi',
  'exchange.history.when': 'Quando',
  'exchange.history.kind': 'Tipo',
  'exchange.history.partner': 'Partner',
  'exchange.history.file': 'File',
  'exchange.history.result': 'Esito',
  'exchange.history.export': 'Invio',
  'exchange.history.import': 'Importazione',
  'exchange.history.mapImport': 'Importazione mappa',
  'exchange.history.exportRows': '{count, plural, one {# riga inviata} other {# righe inviate}}',
  'exchange.history.importChanges':
    '{count, plural, =0 {Restituita senza modifiche} one {# modifica applicata} other {# modifiche applicate}}',
  'exchange.history.undone': 'Annullata il {date}',
  'exchange.history.undo': 'Annulla importazione',
  'exchange.history.undoLabel': 'Annulla importazione di {file}',
  'exchange.history.undoTitle': 'Annullare questa importazione?',
  'exchange.history.undoBody':
    'Tutti i valori modificati dall’importazione di «{file}» tornano com’erano prima; i referenti e i valori creati vengono archiviati e le voci di cronologia tolte. Un dato modificato di nuovo dopo l’importazione resta com’è.',
  'exchange.history.undoConfirm': 'Annulla l’importazione',
  'exchange.history.undoDone':
    'Importazione annullata: {count, plural, one {# record ripristinato} other {# record ripristinati}}',
  'exchange.history.undoKept':
    'Importazione annullata: {count, plural, one {# record ripristinato} other {# record ripristinati}}; {kept, plural, one {# dato modificato dopo l’importazione è rimasto com’è} other {# dati modificati dopo l’importazione sono rimasti come sono}}.',
  'exchange.table.open': 'Importa enti e referenti…',
  'exchange.table.pickTitle': 'Scegli il foglio con enti e referenti',
  'exchange.table.title': 'Importa enti e referenti da {file}',
  'exchange.table.sheet': 'Foglio',
  'exchange.table.mappingHelp':
    'Per ogni colonna del file scegli il campo di Regia che contiene. Regia ha già riconosciuto le intestazioni che conosce.',
  'exchange.table.column': 'Colonna del file',
  'exchange.table.examples': 'Esempi',
  'exchange.table.regiaField': 'Campo di Regia',
  'exchange.table.fieldFor': 'Campo di Regia per la colonna «{column}»',
  'exchange.table.ignore': '— non importare —',
  'exchange.table.addToNetwork': 'Aggiungi gli enti alla rete come partner',
  'exchange.table.next': 'Continua',
  'exchange.table.back': 'Indietro',
  'exchange.table.needName': 'Scegli quale colonna contiene il nome dell’ente.',
  'exchange.table.summary':
    '{organizations, plural, one {# ente} other {# enti}} ({existing, plural, one {# già presente} other {# già presenti}} in Regia), {contacts, plural, one {# referente} other {# referenti}}, {invalid, plural, one {# riga con errori} other {# righe con errori}}',
  'exchange.table.organization': 'Ente',
  'exchange.table.rows': 'Righe',
  'exchange.table.duplicates': 'Possibili doppioni',
  'exchange.table.choice': 'Che cosa fare',
  'exchange.table.choiceFor': 'Che cosa fare con «{name}»',
  'exchange.table.create': 'Crea nuovo ente',
  'exchange.table.useExisting': 'Usa «{name}»',
  'exchange.table.skip': 'Non importare',
  'exchange.table.noDuplicates': 'Nessuno',
  'exchange.table.invalidTitle': 'Celle e righe non importate',
  'exchange.table.organizationsLabel': 'Enti del file ({count})',
  'exchange.table.row': 'Riga',
  'exchange.table.value': 'Valore',
  'exchange.table.problem': 'Problema',
  'exchange.table.existingContact': '{name}: referente già presente, non viene duplicato',
  'exchange.table.confirm': 'Importa',
  'exchange.table.count':
    '{organizations, plural, one {# ente} other {# enti}} e {contacts, plural, one {# referente} other {# referenti}} creati{members, plural, =0 {} one {; # ente aggiunto alla rete} other {; # enti aggiunti alla rete}}',
  'exchange.table.outcome': 'Con queste scelte: {outcome}',
  'exchange.table.done': 'Importazione completata: {outcome}',
  'exchange.table.values.title': 'Tipi e ruoli del file',
  'exchange.table.values.help':
    'Ogni valore del file diventa il valore di Regia scelto qui. Controlla le proposte e cambia quelle sbagliate prima di continuare.',
  'exchange.table.values.text': 'Valore nel file',
  'exchange.table.values.moreRows': '{text} e {count, plural, one {# altra} other {altre #}}',
  'exchange.table.values.regia': 'Valore in Regia',
  'exchange.table.values.for': 'Valore di Regia per «{value}» ({field})',
  'exchange.table.values.exact': 'Riconosciuto',
  'exchange.table.values.likely': 'Proposto da Regia: controlla',
  'exchange.table.values.unknown': 'Non riconosciuto: scegli il valore giusto',
  'exchange.table.values.unknownAlert':
    '{count, plural, one {# valore del file non è riconosciuto: se non scegli, diventa «Altro» (tipo) o «Partner» (ruolo nella rete).} other {# valori del file non sono riconosciuti: se non scegli, diventano «Altro» (tipo) o «Partner» (ruolo nella rete).}}',
  'exchange.table.whatHappens': 'Che cosa succede',
  'exchange.table.problemOutcome.fieldLeftOut': 'Riga importata senza questa cella',
  'exchange.table.problemOutcome.contactLeftOut': 'Ente importato senza il referente',
  'exchange.table.problemOutcome.rowLeftOut': 'Riga non importata',
  'exchange.table.nothing': 'Non c’è nulla da creare con le scelte fatte.',
  'exchange.table.problem.invalidDate': 'Data non valida: scrivila come gg/mm/aaaa',
  'exchange.table.problem.missingOrganization': 'Manca il nome dell’ente del referente',
  'exchange.table.reason.taxCode': 'stesso codice fiscale',
  'exchange.table.reason.vatNumber': 'stessa partita IVA',
  'exchange.table.reason.email': 'stessa email',
  'exchange.table.reason.sameName': 'stesso nome',
  'exchange.table.reason.similarName': 'nome simile',
  'exchange.table.field.organizationName': 'Ente: nome',
  'exchange.table.field.organizationType': 'Ente: tipo',
  'exchange.table.field.taxCode': 'Ente: codice fiscale',
  'exchange.table.field.vatNumber': 'Ente: partita IVA',
  'exchange.table.field.comune': 'Ente: comune',
  'exchange.table.field.provincia': 'Ente: provincia',
  'exchange.table.field.address': 'Ente: indirizzo',
  'exchange.table.field.organizationEmail': 'Ente: email',
  'exchange.table.field.pec': 'Ente: PEC',
  'exchange.table.field.organizationPhone': 'Ente: telefono',
  'exchange.table.field.website': 'Ente: sito web',
  'exchange.table.field.notes': 'Ente: note',
  'exchange.table.field.memberSince': 'Ente: in rete dal',
  'exchange.table.field.membershipRole': 'Ente: ruolo nella rete',
  'exchange.table.field.contactFirstName': 'Referente: nome',
  'exchange.table.field.contactLastName': 'Referente: cognome',
  'exchange.table.field.contactFullName': 'Referente: nome e cognome',
  'exchange.table.field.contactRole': 'Referente: ruolo',
  'exchange.table.field.contactEmail': 'Referente: email',
  'exchange.table.field.contactPhone': 'Referente: telefono',
} as const satisfies Record<string, string>;
