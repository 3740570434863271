import { emptyActionFilter, type ActionFilter } from '../../../shared/actions';

let requested: Partial<ActionFilter> | null = null;

/**
 * Asks the actions page to open with a filter (the overview's tiles: overdue, open actions),
 * before navigating there; the page takes it once.
 */
export function requestActionFilter(changes: Partial<ActionFilter>): void {
  requested = changes;
}

/** The filter the actions page opens with: the one requested, if any, else no filter. */
export function requestedActionFilter(): ActionFilter {
  return { ...emptyActionFilter, ...requested };
}

/** Forgets the requested filter once the page has taken it, so a later visit starts clear. */
export function clearRequestedActionFilter(): void {
  requested = null;
}
