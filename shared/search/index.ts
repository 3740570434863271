export * from './recordSearchWords';
export * from './searchWords';
