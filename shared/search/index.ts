export * from './derivedFields';
export * from './recordSearchWords';
export * from './searchWords';
