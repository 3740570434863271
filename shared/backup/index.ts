export * from './backupChain';
export * from './backupFile';
export * from './backupFormat';
export * from './backupReader';
export * from './backupReferences';
export * from './backupRows';
export * from './backupWriter';
export * from './retention';
