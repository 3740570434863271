/** How the numbers or texts of a column are shown. */
export type CellFormat = 'general' | 'text' | 'date' | 'integer';

/** A value Regia writes into a cell: text, number, a calendar day, or nothing. */
export type WorkbookCell = null | string | number | { date: string };

/** What a spreadsheet program lets a person type into a column, with Italian hints. */
export type ColumnValidation =
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'whole'; min: number; max: number }
  | { kind: 'decimal'; min: number }
  | { kind: 'date' };

/** One column of a table sheet. */
export type ColumnSpec = {
  /** The header text in row 1. */
  header: string;
  /** Width in characters. */
  width: number;
  format: CellFormat;
  /** Editable columns are tinted, so a person sees at a glance where to write. */
  editable: boolean;
  validation?: ColumnValidation;
};

/** A sheet with a header row, one row per record, the header frozen. */
export type TableSheetSpec = {
  kind: 'table';
  name: string;
  columns: readonly ColumnSpec[];
  rows: readonly (readonly WorkbookCell[])[];
  hidden?: boolean;
  /** Validations and tints reach this many rows, so rows a person adds get them too. */
  editableRows?: number;
};

/** A line of a text sheet such as the instructions. */
export type TextLine = { text: string; style: 'title' | 'heading' | 'body' };

/** A sheet of text lines in one wide column. */
export type TextSheetSpec = {
  kind: 'text';
  name: string;
  width: number;
  lines: readonly TextLine[];
};

/** A sheet of a workbook Regia writes. */
export type SheetSpec = TableSheetSpec | TextSheetSpec;

/** A whole workbook: its sheets in order and its document title. */
export type WorkbookSpec = { title: string; sheets: readonly SheetSpec[] };
