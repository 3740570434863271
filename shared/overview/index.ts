export * from './auditText';
