/** The bounds every spreadsheet read stays within, whatever the file claims. */
export type SpreadsheetLimits = {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Most entries a zip-based file (xlsx, ods) may list. */
  maxZipEntries: number;
  /** Most bytes all entries of a zip-based file may inflate to, declared or actual. */
  maxUncompressedBytes: number;
  /** Most rows in one sheet. */
  maxRows: number;
  /** Most cells in the whole workbook, counting every cell from column A to a row's last one, empty or not. */
  maxCells: number;
  /** Last column a cell may be in (counting from 1): far-right cells would make whole empty rows. */
  maxColumns: number;
  /** Longest line of a CSV file, in characters. */
  maxLineCharacters: number;
  /** Longest text in one cell (Excel's own limit). */
  maxCellCharacters: number;
  /** How long the reading may take before the worker or process doing it is stopped. */
  timeLimitMs: number;
};

/** The limits Regia uses: far above any real partner workbook, far below what hurts the app. */
export const spreadsheetLimits: SpreadsheetLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxZipEntries: 1_000,
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxRows: 100_000,
  maxCells: 3_000_000,
  maxColumns: 200,
  maxLineCharacters: 1_000_000,
  maxCellCharacters: 32_767,
  timeLimitMs: 60_000,
};
