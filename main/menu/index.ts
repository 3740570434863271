export * from './applicationMenu';
export * from './menuTemplate';
