import type { Locale } from '../i18n';

/** An amount in euro as whole cents, so that sums are exact. */
export function toCents(amount: number): number {
  return Number.isFinite(amount) ? Math.round(amount * 100) : 0;
}

/** Whole cents back to euro, for display and for number cells. */
export function centsToEuro(cents: number): number {
  return cents / 100;
}

/** The exact sum of amounts in euro, as cents. */
export function sumCents(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + toCents(amount), 0);
}

const euroFormats = new Map<Locale, Intl.NumberFormat>();

/** An amount in euro written the Italian way (`751.000,00 €`), also in the English UI. */
export function formatEuro(locale: Locale, amount: number): string {
  let formatter = euroFormats.get(locale);
  if (!formatter) {
    // Regia's figures are Italian public money: Italian grouping reads right in either language.
    // Always grouped: Italian leaves four digits ungrouped (3398,00 €) beside 751.000,00 €.
    formatter = new Intl.NumberFormat('it-IT', {
      style: 'currency',
      currency: 'EUR',
      useGrouping: 'always',
    });
    euroFormats.set(locale, formatter);
  }
  return formatter.format(amount);
}

/** A ratio as a percentage with at most one decimal (`78,7%`). */
export function formatShare(locale: Locale, share: number): string {
  return new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

/** A plain number in the user's language (`1.234,5`). */
export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(value);
}

/** A sum of measured values, rounded so that binary fractions do not show (0.1 + 0.2 = 0.3). */
export function sumValues(values: readonly number[]): number {
  const sum = values.reduce((total, value) => total + value, 0);
  return Math.round(sum * 1e6) / 1e6;
}
