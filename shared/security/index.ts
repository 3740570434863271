export * from './contentSecurityPolicy';
