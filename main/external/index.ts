export * from './openExternal';
export * from './openDocument';
