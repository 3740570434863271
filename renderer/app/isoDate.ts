const twoDigits = (value: number): string => String(value).padStart(2, '0');

/**
 * Today as `yyyy-MM-dd` in the user's time zone. Kept apart from formatting.ts, without date-fns,
 * so the start-up's first reads (openAtStart) load no date library before opening the database.
 */
export function todayIsoDate(now: Date = new Date()): string {
  const year = String(now.getFullYear()).padStart(4, '0');
  return `${year}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}
