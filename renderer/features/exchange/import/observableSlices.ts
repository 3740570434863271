/**
 * Dexie names the rows a bulk write changed only when it writes fewer than 50 at once; from 50
 * on it reports the whole table as changed, and every live copy of it is read again: after each
 * import of a returns day, the Azioni page's copy of a large network's 50,000 actions, holding
 * up the next import's write meanwhile. So a small import writes in slices below that size.
 */
export const observableSliceSize = 49;

/**
 * Past this many rows a live copy reads the whole table again anyway (the Azioni page's copy
 * does past 1,000 changed actions), so larger writes go whole, in one call each.
 */
export const observableRowsLimit = 1_000;

/**
 * Runs `write` over `items` in slices Dexie reports row by row (see `observableSliceSize`),
 * one after another, and answers their results in the items' order; more than
 * `observableRowsLimit` items are written in one call.
 */
export async function writeInObservableSlices<T, R>(
  items: readonly T[],
  write: (slice: readonly T[]) => Promise<R[]>,
): Promise<R[]> {
  if (items.length <= observableSliceSize || items.length > observableRowsLimit) {
    return write(items);
  }
  const results: R[] = [];
  for (let start = 0; start < items.length; start += observableSliceSize) {
    results.push(...(await write(items.slice(start, start + observableSliceSize))));
  }
  return results;
}
