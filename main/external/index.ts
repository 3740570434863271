export * from './openExternal';
export * from './openDocument';
export * from './openEmailDraft';
