export * from './translate';
export type { MessageKey } from './it';
