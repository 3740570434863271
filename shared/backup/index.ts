export * from './backupFile';
