import { spreadsheetLimits, type SpreadsheetLimits } from '../../shared/exchange/limits';

/** Heap given to the process that parses one spreadsheet: far above a real workbook's needs. */
export const childHeapMegabytes = 512;

/**
 * The limits of the desktop's spreadsheet process: a shorter time than the browser's worker,
 * because a process that stops answering is a parser looping on a damaged file (SheetJS on some
 * mutated xls), and the heap cap ends it for good when it allocates without bound.
 */
export const childSpreadsheetLimits: SpreadsheetLimits = {
  ...spreadsheetLimits,
  timeLimitMs: 20_000,
};

/**
 * The environment the child gets: nothing of the user's (no tokens, proxies, paths), only what
 * an operating system needs to start a process and give it a temporary folder.
 */
export function childEnvironment(parent: NodeJS.ProcessEnv): Record<string, string> {
  const kept = ['SystemRoot', 'SYSTEMROOT', 'TEMP', 'TMP', 'TMPDIR'];
  const environment: Record<string, string> = {};
  for (const name of kept) {
    const value = parent[name];
    if (value !== undefined) environment[name] = value;
  }
  return environment;
}
