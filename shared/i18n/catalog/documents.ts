/** Italian messages of the official documents and their e-mail drafts; keys start with `documents.`. */
export const documentsIt = {
  'documents.page': 'pag.',
  'documents.pageOf': 'di',
  'documents.draft': 'BOZZA',
  'documents.pec': 'PEC',
  'documents.email': 'e-mail',
  'documents.logo': 'Logo di',
  'documents.to': 'A:',
  'documents.cc': 'e p.c.:',
  'documents.protocol': 'Prot. n. {number} del {date}',
  'documents.placeAndDate': '{place}, {date}',
  'documents.attachments': 'Allegati',
  'documents.attachment': 'Allegato {number} — {name}',
  'documents.attachmentOfItem': 'Allegato {number} — {name} (punto {item})',

  'documents.convocation.subject':
    'Oggetto: convocazione della seduta {kind} n. {number}/{year} — {network}',
  'documents.convocation.opening':
    'Con la presente si convoca la seduta {kind} n. {number}/{year} della {network}, con il seguente calendario.',
  'documents.convocation.firstCall': 'Prima convocazione',
  'documents.convocation.secondCall': 'Seconda convocazione',
  'documents.convocation.callAt': '{date}, ore {time}',
  'documents.convocation.secondCallNote':
    'In mancanza del numero legale in prima convocazione, la seduta si terrà in seconda convocazione nel giorno e all’ora indicati.',
  'documents.convocation.agendaLine': '{kind} · relatore: {presenter} · {minutes}',
  'documents.convocation.agendaLineNoPresenter': '{kind} · {minutes}',
  'documents.convocation.confirm':
    'Si prega di confermare la partecipazione, indicando il nome di chi interverrà per l’ente, scrivendo a {address}.',
  'documents.convocation.confirmNoAddress':
    'Si prega di confermare la partecipazione alla segreteria tecnica, indicando il nome di chi interverrà per l’ente.',
  'documents.convocation.delegate':
    'In caso di impedimento, il rappresentante dell’ente può farsi sostituire da un delegato munito di delega scritta (modulo allegato), da consegnare alla segreteria in apertura di seduta.',
  'documents.convocation.delegaForm': 'Modulo di delega',
  'documents.convocation.greeting': 'Cordiali saluti.',

  'documents.delega.title': 'Delega alla seduta {kind} n. {number}/{year} del {date}',
  'documents.delega.recipient': 'Alla segreteria tecnica della {network}',
  'documents.delega.grantor':
    'Il/La sottoscritto/a ______________________________, in qualità di rappresentante di {body},',
  'documents.delega.delegates': 'DELEGA',
  'documents.delega.delegate':
    'il/la sig./sig.ra ______________________________, nato/a a ____________________ il ____________, a rappresentare l’ente alla seduta {kind} n. {number}/{year} della {network}, convocata per {date}{time}{place}{protocol}, con facoltà di intervento e di voto sui punti all’ordine del giorno.',
  'documents.delega.timePart': ' alle ore {time}',
  'documents.delega.placePart': ' presso {place}',
  'documents.delega.protocolPart': ' con nota prot. n. {number} del {date}',
  'documents.delega.identity':
    'Si allega copia del documento di identità del delegante e del delegato.',
  'documents.delega.placeDate': 'Luogo e data ______________________________',
  'documents.delega.signature': 'Firma del delegante',
  'documents.delega.fileName': 'delega-seduta-{number}-{year}-{body}.docx',

  'documents.minutes.convocationReference': 'Convocata con nota prot. n. {number} del {date}.',
  'documents.minutes.presenter': 'Relatore: {name}',
  'documents.minutes.cancelled': 'La seduta è stata annullata. {reason}',
  'documents.minutes.postponed': 'La seduta è stata rinviata. {reason}',

  'documents.ui.delegaForms': 'Moduli di delega (Word)',
  'documents.ui.delegaPackName': 'deleghe-seduta',
  'documents.ui.delegaSaved':
    '{count, plural, one {# modulo di delega salvato} other {# moduli di delega salvati}}',
  'documents.ui.letterDetails': 'Dati della lettera',
  'documents.ui.protocolNumber': 'Numero di protocollo',
  'documents.ui.protocolDate': 'Data del protocollo',
  'documents.ui.protocolHelp': 'Dal registro di protocollo dell’ente',
  'documents.ui.secondCallDate': 'Seconda convocazione: giorno',
  'documents.ui.secondCallTime': 'Seconda convocazione: ora',
  'documents.ui.saveDetails': 'Salva i dati della lettera',
  'documents.ui.detailsSaved': 'Dati della lettera salvati',
  'documents.ui.overrun':
    'L’ordine del giorno prevede {minutes, plural, one {# minuto} other {# minuti}} oltre la fine della seduta (ore {end}): la lettera e l’invito indicano comunque le {end}.',
  'documents.ui.identity': 'Intestazione dell’ente',

  'documents.identity.title': 'Intestazione dei documenti',
  'documents.identity.help':
    'L’ente che firma convocazioni e verbali della rete: compare nell’intestazione di ogni documento.',
  'documents.identity.name': 'Ente che emette i documenti',
  'documents.identity.address': 'Indirizzo',
  'documents.identity.pec': 'PEC',
  'documents.identity.email': 'E-mail',
  'documents.identity.place': 'Luogo delle lettere (es. Milano)',
  'documents.identity.president': 'Presidente (firma)',
  'documents.identity.secretary': 'Segretario (firma)',
  'documents.identity.logo': 'Logo',
  'documents.identity.chooseLogo': 'Scegli il logo (PNG o JPEG, fino a 512 KB)',
  'documents.identity.removeLogo': 'Rimuovi il logo',
  'documents.identity.logoTooLarge': 'Il logo supera 512 KB: scegli un’immagine più piccola.',
  'documents.identity.logoNotImage': 'Il file non è un’immagine PNG o JPEG.',
  'documents.identity.invalidAddress': 'Indirizzo e-mail non valido',
  'documents.identity.saved': 'Intestazione salvata',
  'documents.identity.logoPreview': 'Logo attuale',
  'documents.identity.save': 'Salva l’intestazione',
  'documents.identity.forNetwork': 'Rete: {network}',

  'documents.mail.confirmSent':
    'Hai inviato la bozza ai membri con il tuo programma di posta? L’invio viene registrato solo se confermi.',
  'documents.mail.sent': 'Sì, è stata inviata',
  'documents.mail.notYet': 'Non ancora',
  'documents.mail.convocationBody':
    'Gentili,\n\nsi trasmette in allegato la convocazione della seduta {kind} n. {number}/{year} della {network}, che si terrà {date}{time}{place}.\n\nSono allegati anche l’invito per il calendario (.ics), il modulo di delega e i documenti dell’ordine del giorno.\n\nSi prega di confermare la partecipazione rispondendo a questo messaggio.\n\nCordiali saluti\n{sender}',
  'documents.mail.timePart': ' alle ore {time}',
  'documents.mail.placePart': ', presso {place}',
  'documents.mail.minutesSubject': 'Bozza del verbale della seduta n. {number}/{year} — {network}',
  'documents.mail.minutesBody':
    'Gentili,\n\nsi trasmette in allegato la bozza del verbale della seduta n. {number}/{year} del {date}, da approvare nella prossima seduta. Eventuali osservazioni possono essere inviate rispondendo a questo messaggio.\n\nCordiali saluti\n{sender}',
  'documents.ui.emailDraft': 'Bozza e-mail della convocazione',
  'documents.ui.emailReady': 'Bozza e-mail pronta: {name}',
  'documents.ui.noSender':
    'Per preparare l’e-mail indica la PEC o l’e-mail dell’ente nell’intestazione.',
  'documents.ui.emailReadyWithoutPdf':
    'Bozza e-mail pronta: {name}. Nel browser la lettera è allegata in Word: il PDF si allega solo dall’app desktop (oppure salvalo da «Convocazione PDF» e aggiungilo alla bozza).',
  'documents.mail.workbookSubject': 'Scheda di aggiornamento — {network} — {partner}',
  'documents.mail.workbookBody':
    'Gentili referenti di {partner},\n\nsi trasmette in allegato la scheda di aggiornamento della {network}, con le azioni, i referenti e gli indicatori che vi riguardano.\n\nVi chiediamo di compilarla con Excel o LibreOffice seguendo le istruzioni del primo foglio, senza rinominare i fogli né cambiare la colonna degli identificativi, e di restituirla rispondendo a questo messaggio{returnBy}.\n\nCordiali saluti\n{sender}',
  'documents.mail.returnByPart': ' entro il {date}',
  'documents.ui.workbookDrafts': 'Bozze e-mail ai partner',
  'documents.ui.workbookDraftFor': 'Bozza e-mail per {partner}',
  'documents.ui.workbookDraftsHelp':
    'Una bozza .eml per partner, indirizzata alla PEC o all’e-mail dell’ente e ai suoi referenti, con la sua scheda allegata: si apre con il programma di posta (nel browser si scarica).',
  'documents.ui.workbookDraftReady': 'Bozza e-mail pronta: {name}',
  'documents.ui.workbookDraftsSaved':
    '{count, plural, one {# bozza e-mail salvata} other {# bozze e-mail salvate}}: aprile con il programma di posta',
  'documents.ui.workbookDraftsSavedWhere':
    '{count, plural, one {# bozza e-mail salvata} other {# bozze e-mail salvate}} in {location}: aprile con il programma di posta',
  'documents.ui.noAddress': 'Senza indirizzo (da completare nella bozza): {names}',
} as const;
