import type { PartnerBase, PartnerBaseHeader } from './partnerBase';
import { partnerFormatVersion } from './partnerFormat';
import type { ReturnedWorkbook } from './partnerReader';
import { SpreadsheetError } from './problems';

/** The export a returned workbook answers, and whether a newer export to that partner exists. */
export type IdentifiedExport = { base: PartnerBase; stale: boolean };

function newestFirst(bases: readonly PartnerBase[]): PartnerBase[] {
  return [...bases].sort((first, second) => second.exportedAt.localeCompare(first.exportedAt));
}

function matchByIds(returned: ReturnedWorkbook, bases: readonly PartnerBase[]): PartnerBase | null {
  let best: { base: PartnerBase; matches: number } | null = null;
  for (const base of newestFirst(bases)) {
    let matches = 0;
    for (const sheet of returned.sheets) {
      const ids = new Set(base.sheets[sheet.key].map((row) => row.id));
      matches += sheet.rows.filter((row) => row.id !== null && ids.has(row.id)).length;
    }
    if (matches > 0 && (!best || matches > best.matches)) best = { base, matches };
  }
  return best?.base ?? null;
}

/**
 * Finds the export a returned workbook came from: by the batch id of its hidden sheet, or, when
 * the partner saved it in a format that drops hidden sheets (CSV), by the IDs of its rows.
 * A workbook of another network, of a newer format or of an unknown batch is refused. Whether
 * a newer export went to the partner is judged on `exports` (every export of the network, by
 * its header; the bases themselves when not given).
 */
export function identifyExport(
  returned: ReturnedWorkbook,
  networkId: string,
  bases: readonly PartnerBase[],
  exports: readonly PartnerBaseHeader[] = bases,
): IdentifiedExport {
  const meta = returned.meta;
  if (meta && meta.formatVersion > partnerFormatVersion) {
    throw new SpreadsheetError('newerFormat', { version: meta.formatVersion });
  }
  if (meta && meta.networkId !== networkId) throw new SpreadsheetError('otherNetwork');
  const base = meta
    ? bases.find((candidate) => candidate.batchId === meta.batchId)
    : matchByIds(returned, bases);
  if (!base) throw new SpreadsheetError('unknownBatch');
  if (meta && meta.partnerId !== base.partnerId) throw new SpreadsheetError('unknownBatch');
  const stale = exports.some(
    (other) => other.partnerId === base.partnerId && other.exportedAt > base.exportedAt,
  );
  return { base, stale };
}
