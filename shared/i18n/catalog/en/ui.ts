import type { uiIt } from '../ui';

/** English messages of the form and list kit. */
export const uiEn: Record<keyof typeof uiIt, string> = {
  'ui.discard.title': 'Discard the changes?',
  'ui.discard.text': 'The unsaved changes of this form will be lost.',
  'ui.discard.keepEditing': 'Keep editing',
  'ui.discard.confirm': 'Discard the changes',
  'ui.range.endBeforeStart': 'The end must come after the start',
  'ui.range.dateEndBeforeStart': 'The end date cannot be before the start date',
  'ui.money.currency': '€',
  'ui.list.archived': 'Archived',
  'ui.list.showArchived': 'Show archived',
  'ui.list.archive': 'Archive',
  'ui.list.restore': 'Restore',
  'ui.list.archivedDone': 'Archived: {name}',
  'ui.list.restoredDone': 'Restored: {name}',
  'ui.list.commands': 'Commands',
  'ui.autosave.saving': 'Saving…',
  'ui.autosave.saved': 'Saved',
  'ui.autosave.pending': 'Changes to save',
};
