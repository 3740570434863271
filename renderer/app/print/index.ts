export { PrintRoot } from './PrintRoot';
export { DocumentView } from './DocumentView';
export { PrintedDocument } from './PrintedDocument';
export { DocumentPreview } from './DocumentPreview';
export { printedPdfOf } from './printedPdf';
export { useNetworkLetterhead } from './useNetworkLetterhead';
