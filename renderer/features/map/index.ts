export { MapPage } from './MapPage';
export { openArchiveRelationshipModal, openRelationshipModal } from './openRelationshipModal';
export type { RelationshipFormTarget } from './RelationshipForm';
export { useMapCommands } from './useMapData';
export { undoMapImport } from './importUndo';
