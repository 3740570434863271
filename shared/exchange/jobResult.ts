import { z } from 'zod';
import { gridSchema, type Grid } from './grid';
import type { SpreadsheetLimits } from './limits';
import { spreadsheetProblemCodes, type SpreadsheetProblem } from './problems';

/** What reading a file in a worker or utility process answers: the grid, or the problem. */
export type SpreadsheetJobResult =
  { ok: true; grid: Grid } | { ok: false; problem: SpreadsheetProblem };

export const spreadsheetProblemSchema = z.strictObject({
  code: z.enum(spreadsheetProblemCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** The job result as it crosses a process boundary; kept apart from the reader so the contract does not pull SheetJS in. */
export const spreadsheetJobResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), grid: gridSchema }),
  z.strictObject({ ok: z.literal(false), problem: spreadsheetProblemSchema }),
]);

/** The problem reported when the reading ran out of time and was stopped. */
export function timeoutProblem(limits: SpreadsheetLimits): SpreadsheetProblem {
  return { code: 'timeout', params: { seconds: Math.round(limits.timeLimitMs / 1000) } };
}
