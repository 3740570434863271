export * from './atomicWrite';
export * from './readFileBytes';
