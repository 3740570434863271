export * from './fileDialogs';
