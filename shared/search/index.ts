export * from './searchWords';
