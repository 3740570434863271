import type { SpreadsheetJobResult } from '../../shared/exchange/jobResult';
import { runSpreadsheetJob } from '../../shared/exchange/spreadsheetJob';
import { spreadsheetRequestSchema } from './spreadsheetTask';

/** What the child does with a message: checks it is a request, then reads the file. */
export function answerSpreadsheetRequest(message: unknown): SpreadsheetJobResult {
  const request = spreadsheetRequestSchema.safeParse(message);
  if (!request.success)
    return { ok: false, problem: { code: 'damaged', params: { details: 'richiesta non valida' } } };
  return runSpreadsheetJob(request.data.bytes, request.data.limits);
}
