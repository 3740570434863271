/** Italian messages of a meeting's life (rules, deletion, cancellation, postponement, copy); keys start with `meetings.`. */
export const meetingLifeIt = {
  'meetings.rule.titleRequired': 'Scrivi il titolo della seduta',
  'meetings.rule.titleTooLong':
    'Il titolo è troppo lungo: al massimo {max, plural, one {# carattere} other {# caratteri}}',
  'meetings.rule.dateRequired': 'Indica la data della seduta',
  'meetings.rule.endBeforeStart':
    'L’ora di fine ({end}) deve essere dopo l’ora di inizio ({start})',
  'meetings.rule.closingBeforeOpening':
    'L’ora di chiusura ({closing}) deve essere dopo l’ora di apertura ({opening})',
  'meetings.rule.reasonRequired': 'Scrivi il motivo',
  'meetings.rule.reasonTooLong':
    'Il motivo è troppo lungo: al massimo {max, plural, one {# carattere} other {# caratteri}}',
  'meetings.rule.deleteOnlyDraft':
    'Si elimina solo una seduta in bozza mai convocata: una seduta convocata si annulla o si rinvia.',
  'meetings.rule.cancelOnlyConvoked': 'Si annulla o si rinvia solo una seduta convocata.',
  'meetings.rule.convokeOnlyDraft': 'Si segna come convocata solo una seduta in bozza.',
  'meetings.rule.pastDate': 'La data è già passata: conferma qui sotto se è giusta.',
  'meetings.rule.pastDateConfirm':
    'La data è passata ed è giusta (seduta già svolta da registrare)',
  'meetings.rule.invalid': 'La seduta non è stata salvata: {problems}',
  'meetings.renumbered': 'La seduta n. {from} cambia anno e diventa la seduta n. {to}',
  'meetings.life.actions': 'Altre operazioni sulla seduta',
  'meetings.life.delete': 'Elimina bozza',
  'meetings.life.deleteTitle': 'Eliminare la seduta n. {number}?',
  'meetings.life.deleteText':
    'La seduta in bozza è eliminata con il suo ordine del giorno e i suoi documenti. L’operazione resta nel registro delle modifiche.',
  'meetings.life.deleted': 'Seduta n. {number} eliminata',
  'meetings.life.cancel': 'Annulla seduta',
  'meetings.life.cancelTitle': 'Annullare la seduta n. {number}',
  'meetings.life.cancelSubmit': 'Annulla la seduta',
  'meetings.life.cancelled': 'Seduta n. {number} annullata',
  'meetings.life.postpone': 'Rinvia seduta',
  'meetings.life.postponeTitle': 'Rinviare la seduta n. {number}',
  'meetings.life.postponeSubmit': 'Rinvia la seduta',
  'meetings.life.postponed': 'Seduta n. {number} rinviata al {date}',
  'meetings.life.reason': 'Motivo',
  'meetings.life.newDate': 'Nuova data',
  'meetings.life.newTime': 'Nuova ora di inizio',
  'meetings.life.sameDate': 'La nuova data deve essere diversa da quella attuale',
  'meetings.life.cancelledNote': 'Annullata: {reason}',
  'meetings.life.postponedNote': 'Rinviata dal {date}: {reason}',
  'meetings.life.copy': 'Copia seduta',
  'meetings.life.copyTitle': 'Prossima seduta dopo la n. {number}',
  'meetings.life.copyHint':
    'La nuova seduta ha lo stesso tipo, gli stessi enti invitati, presidente, segretario, luogo e i punti ricorrenti.',
  'meetings.life.copied': 'Seduta n. {number} creata come copia',
  'meetings.postponedItems.title': 'Punti rinviati da riproporre',
  'meetings.postponedItems.hint':
    'Punti rinviati nelle sedute precedenti: quelli spuntati entrano nell’ordine del giorno della nuova seduta.',
  'meetings.postponedItems.from': 'seduta n. {number} del {date}',
  'meetings.item.recurring': 'Punto ricorrente: riproposto quando si copia la seduta',
} as const satisfies Record<string, string>;

/** English messages of a meeting's life. */
export const meetingLifeEn: Record<keyof typeof meetingLifeIt, string> = {
  'meetings.rule.titleRequired': 'Write the meeting’s title',
  'meetings.rule.titleTooLong':
    'The title is too long: at most {max, plural, one {# character} other {# characters}}',
  'meetings.rule.dateRequired': 'Give the meeting’s date',
  'meetings.rule.endBeforeStart': 'The end time ({end}) must come after the start time ({start})',
  'meetings.rule.closingBeforeOpening':
    'The closing time ({closing}) must come after the opening time ({opening})',
  'meetings.rule.reasonRequired': 'Write the reason',
  'meetings.rule.reasonTooLong':
    'The reason is too long: at most {max, plural, one {# character} other {# characters}}',
  'meetings.rule.deleteOnlyDraft':
    'Only a draft meeting never convened can be deleted: a convened meeting is cancelled or postponed.',
  'meetings.rule.cancelOnlyConvoked': 'Only a convened meeting can be cancelled or postponed.',
  'meetings.rule.convokeOnlyDraft': 'Only a draft meeting can be marked as convened.',
  'meetings.rule.pastDate': 'The date is in the past: confirm below if it is right.',
  'meetings.rule.pastDateConfirm': 'The date is past and right (a meeting held, to be recorded)',
  'meetings.rule.invalid': 'The meeting was not saved: {problems}',
  'meetings.renumbered': 'Meeting no. {from} changes year and becomes meeting no. {to}',
  'meetings.life.actions': 'More meeting operations',
  'meetings.life.delete': 'Delete draft',
  'meetings.life.deleteTitle': 'Delete meeting no. {number}?',
  'meetings.life.deleteText':
    'The draft meeting is deleted with its agenda and documents. The operation stays in the change log.',
  'meetings.life.deleted': 'Meeting no. {number} deleted',
  'meetings.life.cancel': 'Cancel meeting',
  'meetings.life.cancelTitle': 'Cancel meeting no. {number}',
  'meetings.life.cancelSubmit': 'Cancel the meeting',
  'meetings.life.cancelled': 'Meeting no. {number} cancelled',
  'meetings.life.postpone': 'Postpone meeting',
  'meetings.life.postponeTitle': 'Postpone meeting no. {number}',
  'meetings.life.postponeSubmit': 'Postpone the meeting',
  'meetings.life.postponed': 'Meeting no. {number} postponed to {date}',
  'meetings.life.reason': 'Reason',
  'meetings.life.newDate': 'New date',
  'meetings.life.newTime': 'New start time',
  'meetings.life.sameDate': 'The new date must differ from the current one',
  'meetings.life.cancelledNote': 'Cancelled: {reason}',
  'meetings.life.postponedNote': 'Postponed from {date}: {reason}',
  'meetings.life.copy': 'Copy meeting',
  'meetings.life.copyTitle': 'Next meeting after no. {number}',
  'meetings.life.copyHint':
    'The new meeting has the same kind, invited bodies, president, secretary, place and recurring items.',
  'meetings.life.copied': 'Meeting no. {number} created as a copy',
  'meetings.postponedItems.title': 'Postponed items to propose again',
  'meetings.postponedItems.hint':
    'Items postponed in earlier meetings: the ticked ones go into the new meeting’s agenda.',
  'meetings.postponedItems.from': 'meeting no. {number} of {date}',
  'meetings.item.recurring': 'Recurring item: proposed again when the meeting is copied',
};
