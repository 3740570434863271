import { isEmptyCell, parseNumberCell } from './cellValues';
import type { GridCell } from './grid';

/** An amount in euro read from a cell, in whole cents, or why it is not one. */
export type ParsedAmount =
  | { ok: true; cents: number | null }
  | { ok: false; reason: 'invalidAmount' | 'outOfRange' | 'formula' };

/**
 * The one rule for amounts in euro, followed by the Spese sheet's legend, its validation and the
 * merge: a number above zero with at most two decimals, the decimals after a comma or a dot
 * (`1234,56`, `1234.56`, `1.234,56`), a `€` sign allowed. Read in whole cents so sums never drift.
 */
export function parseAmountCell(cell: GridCell): ParsedAmount {
  if (isEmptyCell(cell)) return { ok: true, cents: null };
  const withoutEuro = typeof cell === 'string' ? cell.replace(/€|eur(o)?/gi, '').trim() : cell;
  const parsed = parseNumberCell(withoutEuro);
  if (!parsed.ok)
    return { ok: false, reason: parsed.problem === 'formula' ? 'formula' : 'invalidAmount' };
  if (parsed.value === null) return { ok: false, reason: 'invalidAmount' };
  const cents = Math.round(parsed.value * 100);
  // A third decimal is a typing mistake, not a rounding to make silently.
  if (Math.abs(parsed.value * 100 - cents) > 1e-6) return { ok: false, reason: 'invalidAmount' };
  if (cents <= 0) return { ok: false, reason: 'outOfRange' };
  return { ok: true, cents };
}

/** Whole cents as Italians write euro: `1.234,56`. */
export function euroText(cents: number): string {
  return new Intl.NumberFormat('it-IT', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}
