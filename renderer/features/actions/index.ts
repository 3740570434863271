export { AgendaItemActions } from './AgendaItemActions';
export { ActionEditorDrawer } from './ActionEditorDrawer';
export { openNewActionModal } from './openNewActionModal';
export { DueDate } from './DueDate';
export { useToday } from './useToday';
export { useTableQuery, useTableVersion } from './useTableQuery';
export { readActionsAsOf } from './actionsAsOf';
