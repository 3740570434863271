export * from './exchangeHandlers';
