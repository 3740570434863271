export * from './actionRules';
