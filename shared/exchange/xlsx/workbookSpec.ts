/** How the numbers or texts of a column are shown. */
export type CellFormat =
  'general' | 'text' | 'date' | 'integer' | 'decimal' | 'euro' | 'percent' | 'percentDecimal';

/**
 * A value Regia writes into a cell: text, number, a calendar day, a number with its own format
 * (where one column mixes amounts and percentages), or nothing.
 */
export type WorkbookCell =
  null | string | number | { date: string } | { number: number; format: CellFormat };

/** What a spreadsheet program lets a person type into a column, with Italian hints. */
export type ColumnValidation =
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'whole'; min: number; max: number }
  | { kind: 'decimal'; min: number; max?: number }
  | { kind: 'date' }
  /** An e-mail address: one @, no space, a dot in the domain (a custom formula rule). */
  | { kind: 'email' };

/** One column of a table sheet. */
export type ColumnSpec = {
  /** The header text in row 1. */
  header: string;
  /** Width in characters. */
  width: number;
  format: CellFormat;
  /** Editable columns are tinted and unlocked, so a person sees at a glance where to write. */
  editable: boolean;
  /** Locked on the rows written, but open (and tinted) on the blank rows for additions. */
  openForNewRows?: boolean;
  validation?: ColumnValidation;
  /** The hint a spreadsheet program shows when a person selects a cell of the column. */
  inputMessage?: { title: string; text: string };
};

/** A sheet with a header row, one row per record, the header frozen and printed on every page. */
export type TableSheetSpec = {
  kind: 'table';
  name: string;
  columns: readonly ColumnSpec[];
  rows: readonly (readonly WorkbookCell[])[];
  /** Very hidden: no spreadsheet menu shows it again (Regia's own bookkeeping). */
  hidden?: boolean;
  /** Validations and input messages reach this many rows, so rows a person adds get them too. */
  editableRows?: number;
  /** A filter button on each header (for data exports a person sorts and filters). */
  autoFilter?: boolean;
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

/**
 * A whole workbook: its sheets in order and its document title. A protected workbook has every
 * sheet protected without a password: only the editable columns can be typed into, so a person
 * cannot overwrite an ID or a header by accident (a deliberate person can lift it in one click).
 */
export type WorkbookSpec = { title: string; sheets: readonly SheetSpec[]; protect?: boolean };
