export * from './erasure';
export * from './personExport';
