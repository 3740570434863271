/** An item's new place after a reorder. */
export type OrderChange = { id: string; order: number };

/**
 * Moves an item from one position to another and numbers every item from 1 in the new order;
 * returns only the items whose number changed, so a reorder writes as little as possible.
 */
export function reorderItems(
  items: readonly { id: string; order: number }[],
  fromIndex: number,
  toIndex: number,
): OrderChange[] {
  if (fromIndex < 0 || fromIndex >= items.length || toIndex < 0 || toIndex >= items.length) {
    return [];
  }
  const moved = [...items];
  const [item] = moved.splice(fromIndex, 1);
  if (item === undefined) return [];
  moved.splice(toIndex, 0, item);
  return moved.flatMap((entry, index) =>
    entry.order === index + 1 ? [] : [{ id: entry.id, order: index + 1 }],
  );
}

/** The order number of an item added at the end of an agenda. */
export function nextItemOrder(items: readonly { order: number }[]): number {
  return items.reduce((highest, item) => Math.max(highest, item.order), 0) + 1;
}
