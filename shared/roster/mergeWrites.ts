import type { MergeArchive, MergeUpdate } from './mergeTypes';

/** The writes a merge plan collects as it goes. */
export type MergeWrites = { updates: MergeUpdate[]; archives: MergeArchive[] };

/** The values without repeats, in first-seen order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Whether two lists hold the same values in the same order. */
export function sameList(first: readonly unknown[], second: readonly unknown[]): boolean {
  return first.length === second.length && first.every((value, index) => value === second[index]);
}
