export * from './automaticBackups';
export * from './backupHandlers';
