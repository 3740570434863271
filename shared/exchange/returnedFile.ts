import type { ExchangeBatch } from '../domain';
import type { Grid } from './grid';
import { sha256Hex } from './sha256';

/**
 * The fingerprint of a returned file: the SHA-256 of its bytes when the host read them, else of
 * the cells read from it (a host that gave no fingerprint still recognises the same content).
 */
export function returnedFileFingerprint(hostFingerprint: string | undefined, grid: Grid): string {
  return hostFingerprint ?? sha256Hex(JSON.stringify(grid));
}

/** The import, not undone, that already applied a file with this fingerprint; null when none did. */
export function earlierImportOf(
  batches: readonly ExchangeBatch[],
  fingerprint: string,
): ExchangeBatch | null {
  return (
    batches.find(
      (batch) =>
        batch.direction === 'import' &&
        batch.undoneAt === null &&
        batch.fingerprint === fingerprint,
    ) ?? null
  );
}

/** A note as notes are compared: spaces folded, so a re-typed copy of the same note matches. */
export function noteKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
