export * from './appOrigin';
