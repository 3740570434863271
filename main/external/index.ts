export * from './openExternal';
