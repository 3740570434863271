export * from './fileDialogs';
export * from './printToPdf';
