export { AgendaItemActions } from './AgendaItemActions';
export { ActionEditorDrawer } from './ActionEditorDrawer';
export { openNewActionModal } from './openNewActionModal';
export { DueDate } from './DueDate';
export { requestActionFilter } from './requestedFilter';
export { useToday } from '../../app/useToday';
export { useTableQuery, useTableVersion } from './useTableQuery';
export { useNetworkActions } from './useNetworkActions';
export { readActionsAsOf } from './actionsAsOf';
