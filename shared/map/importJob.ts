import { problemOf, type SpreadsheetProblem } from '../exchange/problems';
import { readMapFile, type MapFile } from './gephiRead';

/** What reading a map file off the page's thread answers: the file as read (null when it is no map), or why not. */
export type MapImportJobResult =
  { ok: true; file: MapFile | null } | { ok: false; problem: SpreadsheetProblem };

/**
 * The work the map import's worker does: read a Kumu workbook or Gephi's tables within the
 * spreadsheet input's limits. Never throws; a file past a limit comes back as the problem that
 * names it, anything else that breaks the reading as "damaged".
 */
export function runMapImportJob(name: string, bytes: Uint8Array): MapImportJobResult {
  try {
    return { ok: true, file: readMapFile(name, bytes) };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}
