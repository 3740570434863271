/** Why a file could not be read; each has a plain Italian message in the exchange catalog. */
export const spreadsheetProblemCodes = [
  'fileEmpty',
  'fileTooLarge',
  'notSpreadsheet',
  'damaged',
  'encrypted',
  'tooManyEntries',
  'inflatesTooMuch',
  'inflatesMoreThanDeclared',
  'tooManyRows',
  'tooManyCells',
  'tooManyColumns',
  'rowBeyondLimit',
  'lineTooLong',
  'cellTooLong',
  'noData',
  'headersOnly',
  'timeout',
  'notPartnerWorkbook',
  'unknownBatch',
  'otherNetwork',
  'newerFormat',
  'baseChanged',
  'alreadyImported',
] as const;
export type SpreadsheetProblemCode = (typeof spreadsheetProblemCodes)[number];

/** A problem with its message parameters (sizes, sheet names, cell references). */
export type SpreadsheetProblem = {
  code: SpreadsheetProblemCode;
  params: Record<string, string | number>;
};

/** Thrown inside the reading code; turned into a SpreadsheetProblem at its edge. */
export class SpreadsheetError extends Error {
  constructor(
    readonly code: SpreadsheetProblemCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`spreadsheet: ${code}`);
    this.name = 'SpreadsheetError';
  }
}

/** The problem an error stands for; an unexpected error means a damaged file. */
export function problemOf(error: unknown): SpreadsheetProblem {
  if (error instanceof SpreadsheetError) return { code: error.code, params: error.params };
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) return { code: 'encrypted', params: {} };
  return { code: 'damaged', params: { details: message.slice(0, 200) } };
}
