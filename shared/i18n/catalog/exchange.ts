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

/** English messages of the exchange feature. */
export const exchangeEn: Record<keyof typeof exchangeIt, string> = {
  'exchange.column.title': 'Title',
  'exchange.column.project': 'Project',
  'exchange.column.dueDate': 'Due date',
  'exchange.column.status': 'Status',
  'exchange.column.progress': 'Progress (%)',
  'exchange.column.proposedDueDate': 'Proposed new due date',
  'exchange.column.updateNote': 'Update note',
  'exchange.column.lastName': 'Last name',
  'exchange.column.firstName': 'First name',
  'exchange.column.role': 'Role',
  'exchange.column.email': 'E-mail',
  'exchange.column.phone': 'Phone',
  'exchange.column.retired': 'No longer a contact',
  'exchange.column.organizationName': 'Organization',
  'exchange.column.costItem': 'Cost item',
  'exchange.column.expenseDate': 'Date',
  'exchange.column.amount': 'Amount (€)',
  'exchange.column.documentReference': 'Document reference',
  'exchange.column.fundingSource': 'Source',
  'exchange.hint.expenseChoice': 'Pick from the list (the values are also on the Legenda sheet).',
  'exchange.hint.documentReference':
    'The expense’s document: invoice, payslip or receipt, with its number.',
  'exchange.hint.expenseNote': 'An optional note on the expense.',
  'exchange.hint.amount':
    'Amount in euro, above zero, with at most two decimals: 1234,56 or 1234.56.',
  'exchange.reason.invalidAmount':
    'Invalid amount: write a number in euro with at most two decimals, for example 1234,56.',
  'exchange.reason.unknownProject': 'Unknown project: pick one of your projects from the list.',
  'exchange.reason.unknownCostItem':
    'Cost item not known for this project: pick one from the list.',
  'exchange.reason.unknownSource': 'Source not known for this project: pick one from the list.',
  'exchange.reason.beforeProjectStart':
    'The date is before the project starts: an expense is booked within the project’s period.',
  'exchange.reason.afterProjectEnd':
    'The date is after the project ends: an expense is booked within the project’s period.',
  'exchange.reason.futureDate':
    'The date is in the future: only expenses already incurred are booked.',
  'exchange.workbook.expensesHelp':
    '• Sheet “Spese”: write one row per expense: project, cost item, date, amount, document reference (invoice, payslip, receipt), source and a note if needed. Leave the ID column empty: each row is a new expense. The date falls within the project’s period and is not in the future.',
  'exchange.legend.amount':
    'Amount in euro, above zero, with at most two decimals; a comma or a dot before the decimals.',
  'exchange.legend.expenseProject': 'One of your projects to book expenses on.',
  'exchange.legend.costItem': 'A cost item of your projects.',
  'exchange.legend.fundingSource': 'A funding source of your projects.',
  'exchange.review.newExpense': 'New expense: {document}',
  'exchange.review.createExpenseLabel': 'Record the expense of row {row}',
  'exchange.column.pec': 'PEC (certified e-mail)',
  'exchange.column.address': 'Address',
  'exchange.hint.email':
    'An e-mail address (for the PEC, the certified mail address). Emptying the cell deletes the value.',
  'exchange.hint.phone':
    'A phone number: digits, spaces and a leading +, 6 to 15 digits. Emptying the cell deletes the value.',
  'exchange.reason.invalidEmail': 'Invalid e-mail address: write it as name@domain.it.',
  'exchange.reason.invalidPhone':
    'Invalid phone number: only digits, spaces and a leading +, 6 to 15 digits.',
  'exchange.workbook.organizationHelp':
    '• Sheet “La vostra organizzazione”: if they changed, correct your organization’s PEC, e-mail, phone and address.',
  'exchange.flag.yes': 'Yes',
  'exchange.hint.flag':
    'Write “Sì” if this person is no longer your contact: the coordinators archive them. Empty: they stay.',
  'exchange.reason.invalidFlag': 'Write “Sì” or leave the cell empty.',
  'exchange.column.indicator': 'Indicator',
  'exchange.column.unit': 'Unit',
  'exchange.column.target': 'Target',
  'exchange.column.period': 'Period',
  'exchange.column.value': 'Value',
  'exchange.column.valueNote': 'Note',
  'exchange.column.id': 'ID',
  'exchange.column.revision': 'Revision',
  'exchange.column.targetShare': 'Your target share',
  'exchange.column.lastValue': 'Last value sent',
  'exchange.lastValue': '{value} ({period})',
  'exchange.lateRow': '{indicator} · {period} (late)',
  'exchange.period.quarter': 'Quarter {number} {year}',
  'exchange.period.month': '{month} {year}',
  'exchange.period.year': 'year {year}',
  'exchange.hint.period': 'The period the row’s value is for.',
  'exchange.workbook.lateValues':
    '• Rows with an earlier period are periods your organization has not reported yet: you may send the value now, late, and it is recorded for that period. Leave them empty if there is nothing to report.',
  'exchange.workbook.targetShare':
    '• “Your target share” is the part of the project’s target that falls to your organization, in proportion to its budget; “Last value sent” is your latest figure, with its period.',
  'exchange.export.period': 'Reporting period',
  'exchange.column.owner': 'Responsible organization',
  'exchange.workbook.supportedActionsHelp':
    '• “Azioni di supporto” sheet: actions of other organizations yours works on. They cannot be changed: write an update note if useful, and it will appear in the action’s timeline.',

  'exchange.workbook.title': 'Update sheet: {partner}',
  'exchange.workbook.network': 'Network: {network}',
  'exchange.workbook.sent': 'Prepared on {exportedAt} by the steering committee.',
  'exchange.workbook.returnBy': 'Please return it by {returnBy}.',
  'exchange.workbook.whatToFill': 'What to fill in',
  'exchange.workbook.actionsHelp':
    '• “Azioni” sheet: for each action update the Status (pick from the list), the Progress as a percentage (0 to 100) and, if needed, a proposed new due date and an update note. A new due date is a proposal the coordinators decide on. To propose a new action, write its Title, Status and any other field in a row at the bottom, leaving the ID column empty.',
  'exchange.workbook.contactsHelp':
    '• “Referenti” sheet: correct your contacts. To propose a new one, add a row at the bottom and leave the ID column empty. If a person is no longer your contact, write “Sì” in the “Non più referente” column.',
  'exchange.workbook.indicatorsHelp':
    '• “Indicatori” sheet: write the value reached in period {period}, with a note if useful.',
  'exchange.workbook.rulesTitle': 'Rules',
  'exchange.workbook.ruleYellow':
    '• Write only in the columns with a yellow background; the others identify the rows.',
  'exchange.workbook.ruleIds':
    '• Do not change the ID and Revision columns and do not rename the sheets: Regia needs them to find each row.',
  'exchange.workbook.ruleEmpty':
    '• A deleted row changes nothing. An emptied cell depends on its column:',
  'exchange.workbook.emptied.clears': '   – emptied means “delete this value”: {columns}.',
  'exchange.workbook.emptied.keeps':
    '   – a recorded value is not deleted by emptying the cell: {columns}.',
  'exchange.workbook.emptied.required': '   – must not be left empty: {columns}.',
  'exchange.workbook.emptied.ignored': '   – empty changes nothing: {columns}.',
  'exchange.workbook.ruleFormats':
    '• Write dates as dd/mm/yyyy (for example 05/02/2026); decimals with a comma.',
  'exchange.workbook.ruleSave':
    '• Save the file as xlsx (ods is fine too) and send it back to whoever sent it.',

  'exchange.hint.status': 'Pick the action’s status today from the list.',
  'exchange.hint.percent':
    'A number from 0 to 100: 40 means 40%. 40% and 0.4 are read as 40% too. Do not leave it empty.',
  'exchange.hint.proposedDay':
    'Only to propose moving the deadline: a date dd/mm/yyyy. Empty: the deadline stays.',
  'exchange.hint.note': 'What happened since the last update. It appears in the timeline.',
  'exchange.hint.number':
    'The value reached in the period: a number (12.5). A recorded value is not deleted by emptying the cell.',
  'exchange.hint.text': 'Free text. Emptying the cell deletes the value.',
  'exchange.hint.requiredText': 'Required: the contact’s last name.',
  'exchange.hint.day': 'A date dd/mm/yyyy.',
  'exchange.legend.field': 'Field',
  'exchange.legend.allowed': 'Allowed values',
  'exchange.legend.meaning': 'Meaning',
  'exchange.legend.status.daAvviare': 'The action has not started yet.',
  'exchange.legend.status.inCorso': 'The action is under way.',
  'exchange.legend.status.completata': 'The action is done.',
  'exchange.legend.status.bloccata': 'The action is stuck: explain why in the note.',
  'exchange.legend.status.annullata': 'The action will not be carried out.',
  'exchange.legend.progress': 'Progress percentage: 40, 40% and 0.4 all mean 40%.',
  'exchange.legend.proposedDueDate':
    'Leave empty if the due date stays the same; the steering committee reviews the proposal.',
  'exchange.legend.freeText': 'free text',
  'exchange.legend.updateNote': 'It will appear in the action’s timeline.',
  'exchange.legend.value': 'Number reached in the period; use a comma for decimals.',
  'exchange.legend.id': 'The row’s code in Regia: do not change it. Empty for a new contact.',
  'exchange.problem.fileEmpty': 'The file is empty: it holds no data.',
  'exchange.problem.fileTooLarge':
    'The file is too large ({size} MB; the limit is {limit} MB). Nothing was changed.',
  'exchange.problem.notSpreadsheet':
    'The file is not a spreadsheet (xlsx, xls, ods or csv): perhaps an image or a renamed document. Nothing was changed.',
  'exchange.problem.damaged':
    'The file is damaged or incomplete and cannot be read ({details}). Ask for it again. Nothing was changed.',
  'exchange.problem.encrypted':
    'The file is password-protected: ask for it to be saved without a password. Nothing was changed.',
  'exchange.problem.tooManyEntries':
    'The file has too many internal parts ({count}; the limit is {limit}): it does not look like a normal spreadsheet. Nothing was changed.',
  'exchange.problem.inflatesTooMuch':
    'Once decompressed the file would take {size} MB (the limit is {limit} MB): it may be hostile and is not opened. Nothing was changed.',
  'exchange.problem.inflatesMoreThanDeclared':
    'The file declares false sizes (part “{entry}” inflates to more than it declares): it may be hostile and is not opened. Nothing was changed.',
  'exchange.problem.tooManyRows':
    'Sheet “{sheet}” has too many rows (the limit is {limit}). Nothing was changed.',
  'exchange.problem.tooManyCells':
    'The file has too many cells (the limit is {limit}, counting the empty ones between column A and the last cell of each row). Nothing was changed.',
  'exchange.problem.tooManyColumns':
    'Sheet “{sheet}” has data in cell {cell}, beyond the last column allowed ({lastColumn}, column {limit}): delete the cells further right and try again. Nothing was changed.',
  'exchange.problem.rowBeyondLimit':
    'Sheet “{sheet}” has data on row {row}, beyond the limit of {limit, plural, one {# row} other {# rows}}: the file is not imported, since no row is ever dropped silently. Nothing was changed.',
  'exchange.problem.lineTooLong':
    'Line {row} of the file is too long ({length, plural, one {# character} other {# characters}}; the limit is {limit, number}): perhaps the file is not a CSV. Nothing was changed.',
  'exchange.problem.cellTooLong':
    'Cell {cell} holds a text that is too long ({length, plural, one {# character} other {# characters}}; the limit is {limit, number}). Nothing was changed.',
  'exchange.problem.noData': 'The file holds no data: there is nothing to import.',
  'exchange.problem.headersOnly':
    'The file holds only column headers and no data rows: there is nothing to import.',
  'exchange.problem.timeout':
    'Reading the file took longer than the limit ({seconds, plural, one {# second} other {# seconds}}) and was stopped. Nothing was changed.',
  'exchange.problem.notPartnerWorkbook':
    'This file is not a Regia update sheet. To import organizations or contacts from any spreadsheet use “Import organizations and contacts”.',
  'exchange.problem.unknownBatch':
    'This sheet matches no export recorded in this network (perhaps it was prepared on another computer, or that export left the history). Export a new sheet for this partner and ask for that one: action updates come only from a recorded sheet.',
  'exchange.problem.otherNetwork':
    'This sheet was prepared for another network: open that network and import it there.',
  'exchange.problem.newerFormat':
    'This sheet was prepared by a newer Regia (format {version}): update Regia to import it.',
  'exchange.problem.baseChanged':
    'The hidden sheet does not match the recorded export: the sheet was altered and is not imported.',
  'exchange.problem.alreadyImported':
    'File already imported on {date} (“{file}”): there is nothing new to propose. To import it again, first undo that import in the history.',
  'exchange.reason.unknownId': 'The ID matches no record in Regia.',
  'exchange.reason.otherPartner': 'The row belongs to another partner.',
  'exchange.reason.notInBatch': 'The row was not in the sheet sent to this partner.',
  'exchange.reason.duplicateId': 'The same ID appears in several rows: only the first counts.',
  'exchange.reason.recordMissing': 'The record no longer exists in Regia.',
  'exchange.reason.archivedInRegia': 'The record was archived in Regia after the export.',
  'exchange.reason.readOnlyColumn':
    'This column is for information only: the change is not imported.',
  'exchange.reason.required': 'A value is required.',
  'exchange.reason.invalidStatus': 'Status not allowed: pick a value from the Legenda sheet.',
  'exchange.reason.invalidDate': 'Invalid date: write it as dd/mm/yyyy.',
  'exchange.reason.invalidNumber': 'Not a number.',
  'exchange.reason.invalidPercent': 'Invalid percentage: write a number from 0 to 100.',
  'exchange.reason.outOfRange': 'The value is outside the allowed range.',
  'exchange.reason.tooLong': 'The text is too long.',
  'exchange.reason.formula':
    'The cell holds a formula: Regia imports only typed values, not formula results.',
  'exchange.reason.cannotEmpty': 'A recorded value cannot be deleted from the sheet.',
  'exchange.reason.newNotAllowed':
    'This sheet cannot create new records: new actions are agreed in the steering committee.',
  'exchange.export.title': 'Update sheets for partners',
  'exchange.export.help':
    'Each partner gets a file with its actions, contacts and indicators for the period, to fill in with Excel or LibreOffice and send back.',
  'exchange.export.returnBy': 'Return by',
  'exchange.export.all': 'Export the sheets of all partners',
  'exchange.export.one': 'Export sheet',
  'exchange.export.oneFor': 'Export sheet of {partner}',
  'exchange.export.saveTitle': 'Choose the folder to save the sheets in',
  'exchange.export.progress': 'Preparing sheets: {done} of {total}',
  'exchange.export.done': '{count, plural, one {# sheet exported} other {# sheets exported}}',
  'exchange.export.doneWhere':
    '{count, plural, one {# sheet saved} other {# sheets saved}} in {location}',
  'exchange.export.skipped': 'Nothing to send to: {names}',
  'exchange.export.nothing': 'There is nothing to send to the chosen partners.',
  'exchange.export.partner': 'Partner',
  'exchange.export.lastSent': 'Last sent',
  'exchange.export.returned': 'Return',
  'exchange.export.remind': 'To remind',
  'exchange.export.remindNone': 'No partner to remind.',
  'exchange.export.copyRemind': 'Copy the list',
  'exchange.export.copied': 'List copied',
  'exchange.return.notSent': 'Never sent',
  'exchange.return.returned': 'Returned',
  'exchange.return.waiting': 'Awaited',
  'exchange.return.late': 'Late',
  'exchange.return.stale': 'An old sheet came back',
  'exchange.return.by': 'by {date}',

  'exchange.import.title': 'Re-import the sheets you received',
  'exchange.import.help':
    'Choose a sheet returned by a partner (xlsx, xls, ods or csv): Regia shows what changed and writes nothing until you confirm.',
  'exchange.import.partnerWorkbook': 'Import a partner’s sheet…',
  'exchange.import.pickTitle': 'Choose the returned sheet',
  'exchange.import.reading': 'Reading the file…',
  'exchange.import.problemTitle': 'The file was not imported',
  'exchange.import.stale':
    'Regia’s data changed during the review: nothing was imported. Open the file again to review the changes.',
  'exchange.import.done':
    'Import done: {count, plural, =0 {workbook recorded as returned, no changes} one {# change applied} other {# changes applied}}',

  'exchange.review.title': 'Review of the sheet from {partner}',
  'exchange.review.file': 'File: {file}',
  'exchange.review.staleWarning':
    'This sheet answers an earlier export: a newer one has been sent to this partner since.',
  'exchange.review.missingRows':
    'Rows removed from the sheet: {count, plural, one {# (it changes nothing)} other {# (they change nothing)}}',
  'exchange.review.missingRow': '“{label}” ({sheetName})',
  'exchange.review.filter': 'Show',
  'exchange.review.all': 'All ({count})',
  'exchange.review.outcome.applied': 'To apply',
  'exchange.review.outcome.conflict': 'Conflicts',
  'exchange.review.outcome.new': 'New',
  'exchange.review.outcome.rejected': 'Rejected',
  'exchange.review.outcome.unchanged': 'Unchanged',
  'exchange.review.outcomeCount': '{label} ({count})',
  'exchange.review.badge.applied': 'Changed in the sheet',
  'exchange.review.badge.conflict': 'Conflict',
  'exchange.review.badge.new': 'New row',
  'exchange.review.badge.rejected': 'Rejected',
  'exchange.review.badge.unchanged': 'Unchanged',
  'exchange.review.acceptAll': 'Accept all changes without conflicts',
  'exchange.review.confirm': '{count, plural, one {Apply # change} other {Apply # changes}}',
  'exchange.review.recordReturned': 'Record as returned (no changes)',
  'exchange.review.nothingToApply':
    'The workbook brings no changes: you can record it as returned, so the partner leaves the reminder list.',
  'exchange.review.applying': 'Applying…',
  'exchange.review.where': 'Sheet and row',
  'exchange.review.whereValue': '{sheet}, row {row}',
  'exchange.review.record': 'Record',
  'exchange.review.field': 'Column',
  'exchange.review.base': 'Sent',
  'exchange.review.current': 'In Regia now',
  'exchange.review.incoming': 'In the sheet',
  'exchange.review.outcome': 'Outcome',
  'exchange.review.choice': 'Choice',
  'exchange.review.apply': 'Apply',
  'exchange.review.applyLabel': 'Apply: {record}, {field}',
  'exchange.review.createLabel': 'Apply: new contact of row {row}',
  'exchange.review.keepRegia': 'Keep Regia',
  'exchange.review.takeSheet': 'Use the sheet',
  'exchange.review.conflictLabel': 'Conflict on {record}, {field}',
  'exchange.review.emptied': '(emptied)',
  'exchange.review.noItems': 'No row in this category.',
  'exchange.review.backupNote':
    'Before applying, Regia saves an automatic backup of the current data.',
  'exchange.review.newContact': 'New contact: {name}',
  'exchange.review.newAction': 'Proposed new action: {title}',
  'exchange.review.outcome.proposed': 'Proposals',
  'exchange.review.badge.proposed': 'Partner’s proposal',
  'exchange.review.proposalLabel': 'Accept the proposal: {record}, {field}',
  'exchange.review.newActionLabel': 'Accept the new action of row {row}',
  'exchange.review.acceptProposal': 'Accept',
  'exchange.review.proposalsNote':
    '{count, plural, one {# partner’s proposal (a new action or due date) to decide one by one} other {# partner’s proposals (new actions or due dates) to decide one by one}}: “Accept all” does not apply them.',
  'exchange.review.proposedDue': 'due {date}',
  'exchange.proposal.timelineText': 'Action proposed by {partner} with the update sheet.',
  'exchange.notAccepted.title': 'Rows not accepted from {partner}’s sheet',
  'exchange.notAccepted.file': 'Returned file: {file}, reviewed on {date}.',
  'exchange.notAccepted.count':
    '{count, plural, =0 {Everything was accepted.} one {# value or row not accepted:} other {# values or rows not accepted:}}',
  'exchange.notAccepted.help':
    'The “Non accolte” sheet says where each one was in your sheet and why it was not recorded. If needed, enter the corrected data in the next sheet you receive.',
  'exchange.notAccepted.noteSheet': 'Note',
  'exchange.notAccepted.sheet': 'Not accepted',
  'exchange.notAccepted.column.sheet': 'Sheet',
  'exchange.notAccepted.column.row': 'Row',
  'exchange.notAccepted.column.record': 'Record',
  'exchange.notAccepted.column.column': 'Column',
  'exchange.notAccepted.column.value': 'Value in the sheet',
  'exchange.notAccepted.column.reason': 'Reason',
  'exchange.notAccepted.wholeRow': 'Whole row',
  'exchange.notAccepted.refused': 'Not accepted by the coordinators.',
  'exchange.notAccepted.proposalRefused': 'Proposal not accepted by the coordinators.',
  'exchange.notAccepted.conflict':
    'The data had already been updated in Regia after the export: “{current}” stays.',
  'exchange.notAccepted.download': 'Download the rows not accepted, for the partner',
  'exchange.notAccepted.fileName': 'not-accepted',
  'exchange.notAccepted.filterName': 'Excel workbook',
  'exchange.notAccepted.saved': 'File of the rows not accepted saved',
  'exchange.review.lines': 'Review lines ({count})',

  'exchange.history.title': 'Exchange history',
  'exchange.history.when': 'When',
  'exchange.history.kind': 'Kind',
  'exchange.history.partner': 'Partner',
  'exchange.history.file': 'File',
  'exchange.history.result': 'Outcome',
  'exchange.history.export': 'Export',
  'exchange.history.import': 'Import',
  'exchange.history.mapImport': 'Map import',
  'exchange.history.exportRows': '{count, plural, one {# row sent} other {# rows sent}}',
  'exchange.history.importChanges':
    '{count, plural, =0 {Returned without changes} one {# change applied} other {# changes applied}}',
  'exchange.history.undone': 'Undone on {date}',
  'exchange.history.undo': 'Undo import',
  'exchange.history.undoLabel': 'Undo import of {file}',
  'exchange.history.undoTitle': 'Undo this import?',
  'exchange.history.undoBody':
    'Every value changed by the import of “{file}” goes back to what it was; contacts and values it created are archived and its timeline entries removed. A value changed again after the import stays as it is.',
  'exchange.history.undoConfirm': 'Undo the import',
  'exchange.history.undoDone':
    'Import undone: {count, plural, one {# record restored} other {# records restored}}',
  'exchange.history.undoKept':
    'Import undone: {count, plural, one {# record restored} other {# records restored}}; {kept, plural, one {# value changed after the import was kept} other {# values changed after the import were kept}}.',
  'exchange.table.open': 'Import organizations and contacts…',
  'exchange.table.pickTitle': 'Choose the spreadsheet of organizations and contacts',
  'exchange.table.title': 'Import organizations and contacts from {file}',
  'exchange.table.sheet': 'Sheet',
  'exchange.table.mappingHelp':
    'For each column of the file choose the Regia field it holds. Regia has already recognised the headers it knows.',
  'exchange.table.column': 'Column of the file',
  'exchange.table.examples': 'Examples',
  'exchange.table.regiaField': 'Regia field',
  'exchange.table.fieldFor': 'Regia field for column “{column}”',
  'exchange.table.ignore': '— do not import —',
  'exchange.table.addToNetwork': 'Add the organizations to the network as partners',
  'exchange.table.next': 'Continue',
  'exchange.table.back': 'Back',
  'exchange.table.needName': 'Choose which column holds the organization’s name.',
  'exchange.table.summary':
    '{organizations, plural, one {# organization} other {# organizations}} ({existing, plural, other {# already in Regia}}), {contacts, plural, one {# contact} other {# contacts}}, {invalid, plural, one {# row with errors} other {# rows with errors}}',
  'exchange.table.organization': 'Organization',
  'exchange.table.rows': 'Rows',
  'exchange.table.duplicates': 'Possible duplicates',
  'exchange.table.choice': 'What to do',
  'exchange.table.choiceFor': 'What to do with “{name}”',
  'exchange.table.create': 'Create a new organization',
  'exchange.table.useExisting': 'Use “{name}”',
  'exchange.table.skip': 'Do not import',
  'exchange.table.noDuplicates': 'None',
  'exchange.table.invalidTitle': 'Cells and rows not imported',
  'exchange.table.organizationsLabel': 'Organizations in the file ({count})',
  'exchange.table.row': 'Row',
  'exchange.table.value': 'Value',
  'exchange.table.problem': 'Problem',
  'exchange.table.existingContact': '{name}: contact already in Regia, not duplicated',
  'exchange.table.confirm': 'Import',
  'exchange.table.count':
    '{organizations, plural, one {# organization} other {# organizations}} and {contacts, plural, one {# contact} other {# contacts}} created{members, plural, =0 {} one {; # organization added to the network} other {; # organizations added to the network}}',
  'exchange.table.outcome': 'With these choices: {outcome}',
  'exchange.table.done': 'Import done: {outcome}',
  'exchange.table.values.title': 'Types and roles in the file',
  'exchange.table.values.help':
    'Each value of the file becomes the Regia value chosen here. Check the proposals and change the wrong ones before continuing.',
  'exchange.table.values.text': 'Value in the file',
  'exchange.table.values.moreRows': '{text} and {count, plural, one {# more} other {# more}}',
  'exchange.table.values.regia': 'Value in Regia',
  'exchange.table.values.for': 'Regia value for “{value}” ({field})',
  'exchange.table.values.exact': 'Recognised',
  'exchange.table.values.likely': 'Proposed by Regia: check it',
  'exchange.table.values.unknown': 'Not recognised: choose the right value',
  'exchange.table.values.unknownAlert':
    '{count, plural, one {# value of the file is not recognised: unless you choose, it becomes “Other” (type) or “Partner” (role in the network).} other {# values of the file are not recognised: unless you choose, they become “Other” (type) or “Partner” (role in the network).}}',
  'exchange.table.whatHappens': 'What happens',
  'exchange.table.problemOutcome.fieldLeftOut': 'Row imported without this cell',
  'exchange.table.problemOutcome.contactLeftOut': 'Organization imported without the contact',
  'exchange.table.problemOutcome.rowLeftOut': 'Row not imported',
  'exchange.table.nothing': 'There is nothing to create with the choices made.',
  'exchange.table.problem.invalidDate': 'Invalid date: write it as dd/mm/yyyy',
  'exchange.table.problem.missingOrganization': 'The contact’s organization name is missing',
  'exchange.table.reason.taxCode': 'same tax code',
  'exchange.table.reason.vatNumber': 'same VAT number',
  'exchange.table.reason.email': 'same e-mail',
  'exchange.table.reason.sameName': 'same name',
  'exchange.table.reason.similarName': 'similar name',
  'exchange.table.field.organizationName': 'Organization: name',
  'exchange.table.field.organizationType': 'Organization: type',
  'exchange.table.field.taxCode': 'Organization: tax code',
  'exchange.table.field.vatNumber': 'Organization: VAT number',
  'exchange.table.field.comune': 'Organization: municipality',
  'exchange.table.field.provincia': 'Organization: province',
  'exchange.table.field.address': 'Organization: address',
  'exchange.table.field.organizationEmail': 'Organization: e-mail',
  'exchange.table.field.pec': 'Organization: certified e-mail',
  'exchange.table.field.organizationPhone': 'Organization: phone',
  'exchange.table.field.website': 'Organization: web site',
  'exchange.table.field.notes': 'Organization: notes',
  'exchange.table.field.memberSince': 'Organization: in the network since',
  'exchange.table.field.membershipRole': 'Organization: role in the network',
  'exchange.table.field.contactFirstName': 'Contact: first name',
  'exchange.table.field.contactLastName': 'Contact: last name',
  'exchange.table.field.contactFullName': 'Contact: full name',
  'exchange.table.field.contactRole': 'Contact: role',
  'exchange.table.field.contactEmail': 'Contact: e-mail',
  'exchange.table.field.contactPhone': 'Contact: phone',
};
