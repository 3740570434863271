import { z } from 'zod';
import {
  spreadsheetJobResultSchema,
  timeoutProblem,
  type SpreadsheetJobResult,
} from '../../shared/exchange/jobResult';
import type { SpreadsheetLimits } from '../../shared/exchange/limits';

/** A child that reads one spreadsheet: an Electron utility process, or a worker thread in tests. */
export type SpreadsheetChild = {
  send(request: SpreadsheetRequest): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number) => void): void;
  kill(): void;
};

/** Starts a fresh child for one file: nothing a hostile file did survives it. */
export type SpreadsheetChildSpawner = () => SpreadsheetChild;

const limitsSchema = z.strictObject({
  maxFileBytes: z.number().positive(),
  maxZipEntries: z.number().positive(),
  maxUncompressedBytes: z.number().positive(),
  maxRows: z.number().positive(),
  maxCells: z.number().positive(),
  maxColumns: z.number().positive(),
  maxLineCharacters: z.number().positive(),
  maxCellCharacters: z.number().positive(),
  timeLimitMs: z.number().positive(),
});

/** The request schema: the child checks every message against it before reading anything. */
export const spreadsheetRequestSchema = z.strictObject({
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
  limits: limitsSchema,
});
/** What the main process sends the child. */
export type SpreadsheetRequest = z.infer<typeof spreadsheetRequestSchema>;

function damaged(details: string): SpreadsheetJobResult {
  return { ok: false, problem: { code: 'damaged', params: { details } } };
}

/**
 * Reads a spreadsheet in a child started for it, never on the main process's own thread: the
 * child is killed when the time limit passes, and a child that dies (out of memory, crash)
 * becomes a damaged-file problem. Its answer is checked before it is believed.
 */
export function readSpreadsheetInChild(
  spawn: SpreadsheetChildSpawner,
  bytes: Uint8Array,
  limits: SpreadsheetLimits,
): Promise<SpreadsheetJobResult> {
  return new Promise((resolve) => {
    const child = spawn();
    let settled = false;
    const finish = (result: SpreadsheetJobResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, problem: timeoutProblem(limits) }),
      limits.timeLimitMs,
    );
    child.onMessage((message) => {
      const parsed = spreadsheetJobResultSchema.safeParse(message);
      finish(parsed.success ? parsed.data : damaged('risposta non valida'));
    });
    // A child that dies before answering ran out of its capped memory or crashed on the file.
    child.onExit((code) =>
      finish(damaged(`la lettura si è fermata senza risposta, codice ${code}: file danneggiato`)),
    );
    child.send({ bytes, limits });
  });
}
