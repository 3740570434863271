/**
 * Whether a range ends before it starts (or, with `allowEqual` false, where it starts). Both ends
 * are `yyyy-MM-dd` days or `HH:mm` times, which compare in order as text; an empty end is open.
 */
export function isRangeReversed(start: string, end: string, allowEqual = true): boolean {
  if (!start || !end) return false;
  return allowEqual ? end < start : end <= start;
}
