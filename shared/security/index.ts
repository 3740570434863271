export * from './contentSecurityPolicy';
export * from './documentFiles';
