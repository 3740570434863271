import type { ExchangeBatch } from '../domain';
import { parsePartnerBaseHeader } from './partnerBase';

/** Where a partner's workbook stands: never sent, back, awaited, late, or back from an older export. */
export type ReturnState = 'notSent' | 'returned' | 'waiting' | 'late' | 'stale';

/** A partner's latest export and what became of it. */
export type PartnerReturn = {
  state: ReturnState;
  exportedAt: string | null;
  returnBy: string | null;
  returnedAt: string | null;
};

/** The export a recorded import answered, if it was a partner workbook. */
export function exportBatchIdOf(batch: ExchangeBatch): string | null {
  const value: unknown = Object.hasOwn(batch.baseSnapshot, 'exportBatchId')
    ? batch.baseSnapshot.exportBatchId
    : null;
  return typeof value === 'string' ? value : null;
}

/**
 * The return state of each partner's workbook from the network's exchange batches: returned
 * when an import (not undone) answers its latest export; stale when only an older export came
 * back; otherwise awaited, or late once the return date has passed.
 */
export function partnerReturns(
  batches: readonly ExchangeBatch[],
  today: string,
): Map<string, PartnerReturn> {
  const latest = new Map<string, ExchangeBatch>();
  for (const batch of batches) {
    if (batch.direction !== 'export' || !batch.partnerOrganizationId) continue;
    const known = latest.get(batch.partnerOrganizationId);
    if (!known || batch.at > known.at) latest.set(batch.partnerOrganizationId, batch);
  }
  const imports = batches.filter(
    (batch) => batch.direction === 'import' && batch.undoneAt === null,
  );
  const result = new Map<string, PartnerReturn>();
  for (const [partnerId, exported] of latest) {
    const returnBy = parsePartnerBaseHeader(exported.baseSnapshot)?.returnBy ?? null;
    const answers = imports.filter((batch) => exportBatchIdOf(batch) === exported.id);
    const older = imports.filter(
      (batch) =>
        batch.partnerOrganizationId === partnerId &&
        exportBatchIdOf(batch) !== exported.id &&
        batch.at > exported.at,
    );
    const returnedAt =
      [...answers].sort((first, second) => second.at.localeCompare(first.at))[0]?.at ?? null;
    let state: ReturnState;
    if (returnedAt) state = 'returned';
    else if (older.length > 0) state = 'stale';
    else state = returnBy !== null && returnBy < today ? 'late' : 'waiting';
    result.set(partnerId, {
      state,
      exportedAt: exported.at,
      returnBy,
      returnedAt: returnedAt ?? older[0]?.at ?? null,
    });
  }
  return result;
}

/** The partners to remind: those whose latest workbook has not come back, or came back stale. */
export function partnersToRemind(returns: ReadonlyMap<string, PartnerReturn>): string[] {
  return [...returns]
    .filter(
      ([, entry]) => entry.state === 'late' || entry.state === 'waiting' || entry.state === 'stale',
    )
    .map(([id]) => id);
}
