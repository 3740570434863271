export * from './backup';
export * from './database';
export * from './repositories';
export * from './repository';
export * from './schema';
export * from './settings';
export * from './storageErrors';
export * from './minutesLock';
