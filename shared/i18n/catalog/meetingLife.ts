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
