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

/** English messages of the official documents, with the same keys. */
export const documentsEn: Record<keyof typeof documentsIt, string> = {
  'documents.page': 'p.',
  'documents.pageOf': 'of',
  'documents.draft': 'DRAFT',
  'documents.pec': 'PEC',
  'documents.email': 'e-mail',
  'documents.logo': 'Logo of',
  'documents.to': 'To:',
  'documents.cc': 'Cc:',
  'documents.protocol': 'Ref. no. {number} of {date}',
  'documents.placeAndDate': '{place}, {date}',
  'documents.attachments': 'Attachments',
  'documents.attachment': 'Attachment {number} — {name}',
  'documents.attachmentOfItem': 'Attachment {number} — {name} (item {item})',

  'documents.convocation.subject':
    'Subject: convocation of the {kind} meeting no. {number}/{year} — {network}',
  'documents.convocation.opening':
    'The {kind} meeting no. {number}/{year} of the {network} is hereby convened as follows.',
  'documents.convocation.firstCall': 'First call',
  'documents.convocation.secondCall': 'Second call',
  'documents.convocation.callAt': '{date} at {time}',
  'documents.convocation.secondCallNote':
    'Without a quorum at the first call, the meeting will be held at the second call on the day and time given.',
  'documents.convocation.agendaLine': '{kind} · presenter: {presenter} · {minutes}',
  'documents.convocation.agendaLineNoPresenter': '{kind} · {minutes}',
  'documents.convocation.confirm':
    'Please confirm your attendance, with the name of who will attend for your body, by writing to {address}.',
  'documents.convocation.confirmNoAddress':
    'Please confirm your attendance to the secretariat, with the name of who will attend for your body.',
  'documents.convocation.delegate':
    'If the representative cannot attend, a delegate with a written proxy (form attached) may attend instead, handing it to the secretariat when the meeting opens.',
  'documents.convocation.delegaForm': 'Proxy form',
  'documents.convocation.greeting': 'Kind regards.',

  'documents.delega.title': 'Proxy for the {kind} meeting no. {number}/{year} of {date}',
  'documents.delega.recipient': 'To the secretariat of the {network}',
  'documents.delega.grantor':
    'I, the undersigned ______________________________, representative of {body},',
  'documents.delega.delegates': 'APPOINT',
  'documents.delega.delegate':
    'Mr/Ms ______________________________, born in ____________________ on ____________, to represent the body at the {kind} meeting no. {number}/{year} of the {network}, convened for {date}{time}{place}{protocol}, with the right to speak and vote on the items of the agenda.',
  'documents.delega.timePart': ' at {time}',
  'documents.delega.placePart': ' at {place}',
  'documents.delega.protocolPart': ' by letter ref. no. {number} of {date}',
  'documents.delega.identity': 'A copy of both identity documents is attached.',
  'documents.delega.placeDate': 'Place and date ______________________________',
  'documents.delega.signature': 'Signature',
  'documents.delega.fileName': 'proxy-meeting-{number}-{year}-{body}.docx',

  'documents.minutes.convocationReference': 'Convened by letter ref. no. {number} of {date}.',
  'documents.minutes.presenter': 'Presenter: {name}',
  'documents.minutes.cancelled': 'The meeting was cancelled. {reason}',
  'documents.minutes.postponed': 'The meeting was postponed. {reason}',

  'documents.ui.delegaForms': 'Proxy forms (Word)',
  'documents.ui.delegaPackName': 'proxies-meeting',
  'documents.ui.delegaSaved':
    '{count, plural, one {# proxy form saved} other {# proxy forms saved}}',
  'documents.ui.letterDetails': 'Letter details',
  'documents.ui.protocolNumber': 'Reference number',
  'documents.ui.protocolDate': 'Reference date',
  'documents.ui.protocolHelp': 'From the body’s own register',
  'documents.ui.secondCallDate': 'Second call: day',
  'documents.ui.secondCallTime': 'Second call: time',
  'documents.ui.saveDetails': 'Save the letter details',
  'documents.ui.detailsSaved': 'Letter details saved',
  'documents.ui.overrun':
    'The agenda plans {minutes, plural, one {# minute} other {# minutes}} beyond the meeting’s end ({end}): the letter and the invitation still say {end}.',
  'documents.ui.identity': 'Issuing body',

  'documents.identity.title': 'Letterhead of the documents',
  'documents.identity.help':
    'The body that signs the network’s convocations and minutes: it heads every document.',
  'documents.identity.name': 'Issuing body',
  'documents.identity.address': 'Address',
  'documents.identity.pec': 'PEC',
  'documents.identity.email': 'E-mail',
  'documents.identity.place': 'Place of the letters (e.g. Milano)',
  'documents.identity.president': 'President (signature)',
  'documents.identity.secretary': 'Secretary (signature)',
  'documents.identity.logo': 'Logo',
  'documents.identity.chooseLogo': 'Choose the logo (PNG or JPEG, up to 512 KB)',
  'documents.identity.removeLogo': 'Remove the logo',
  'documents.identity.logoTooLarge': 'The logo is over 512 KB: choose a smaller picture.',
  'documents.identity.logoNotImage': 'The file is not a PNG or JPEG picture.',
  'documents.identity.invalidAddress': 'Not a valid e-mail address',
  'documents.identity.saved': 'Letterhead saved',
  'documents.identity.logoPreview': 'Current logo',
  'documents.identity.save': 'Save the letterhead',
  'documents.identity.forNetwork': 'Network: {network}',

  'documents.mail.confirmSent':
    'Did you send the draft to the members with your mail program? The sending is recorded only if you confirm.',
  'documents.mail.sent': 'Yes, it was sent',
  'documents.mail.notYet': 'Not yet',
  'documents.mail.convocationBody':
    'Dear all,\n\nplease find attached the convocation of the {kind} meeting no. {number}/{year} of the {network}, to be held on {date}{time}{place}.\n\nThe calendar invitation (.ics), the proxy form and the documents of the agenda are attached as well.\n\nPlease confirm your attendance by replying to this message.\n\nKind regards\n{sender}',
  'documents.mail.timePart': ' at {time}',
  'documents.mail.placePart': ', at {place}',
  'documents.mail.minutesSubject': 'Draft minutes of meeting no. {number}/{year} — {network}',
  'documents.mail.minutesBody':
    'Dear all,\n\nplease find attached the draft minutes of meeting no. {number}/{year} of {date}, to be approved at the next meeting. Any remarks can be sent by replying to this message.\n\nKind regards\n{sender}',
  'documents.ui.emailDraft': 'E-mail draft of the convocation',
  'documents.ui.emailReady': 'E-mail draft ready: {name}',
  'documents.ui.noSender':
    'To prepare the e-mail, give the body’s PEC or e-mail in the letterhead.',
  'documents.ui.emailReadyWithoutPdf':
    'E-mail draft ready: {name}. In the browser the letter is attached as Word: the PDF is attached only by the desktop app (or save it from “Convocation PDF” and add it to the draft).',
  'documents.mail.workbookSubject': 'Update workbook — {network} — {partner}',
  'documents.mail.workbookBody':
    'Dear contacts of {partner},\n\nplease find attached the update workbook of the {network}, with the actions, contacts and indicators that concern you.\n\nPlease fill it in with Excel or LibreOffice following the instructions on the first sheet, without renaming the sheets or changing the ID column, and return it by replying to this message{returnBy}.\n\nKind regards\n{sender}',
  'documents.mail.returnByPart': ' by {date}',
  'documents.ui.workbookDrafts': 'E-mail drafts to the partners',
  'documents.ui.workbookDraftFor': 'E-mail draft for {partner}',
  'documents.ui.workbookDraftsHelp':
    'One .eml draft per partner, to the body’s PEC or e-mail and its contacts, with its workbook attached: it opens in the mail program (downloaded in the browser).',
  'documents.ui.workbookDraftReady': 'E-mail draft ready: {name}',
  'documents.ui.workbookDraftsSaved':
    '{count, plural, one {# e-mail draft saved} other {# e-mail drafts saved}}: open them with the mail program',
  'documents.ui.workbookDraftsSavedWhere':
    '{count, plural, one {# e-mail draft saved} other {# e-mail drafts saved}} in {location}: open them with the mail program',
  'documents.ui.noAddress': 'No address (to be completed in the draft): {names}',
};
