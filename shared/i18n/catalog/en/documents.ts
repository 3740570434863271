import type { documentsIt } from '../documents';

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
