export * from './atomicWrite';
