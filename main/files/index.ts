export * from './atomicWrite';
export * from './availableFileName';
export * from './macroFormats';
export * from './openAttachment';
export * from './privateTempFolder';
export * from './readFileBytes';
