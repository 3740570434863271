import type { SpreadsheetJobResult } from './jobResult';
import type { SpreadsheetLimits } from './limits';
import { problemOf } from './problems';
import { readSpreadsheet } from './readSpreadsheet';

/**
 * The work a spreadsheet worker or utility process does: read the bytes within the limits.
 * Never throws; whatever goes wrong comes back as a problem with its message parameters.
 */
export function runSpreadsheetJob(
  bytes: Uint8Array,
  limits: SpreadsheetLimits,
): SpreadsheetJobResult {
  try {
    return { ok: true, grid: readSpreadsheet(bytes, limits) };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}
