import type { meetingLifeIt } from '../meetingLife';

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
