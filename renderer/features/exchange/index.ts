export { ExchangePage } from './ExchangePage';
export { TableImportModal } from './table/TableImportModal';
export { useTableImport, type TableImport } from './table/useTableImport';
