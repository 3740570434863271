/**
 * jsdom lays nothing out: gives every element the height a browser would measure for a scrolling
 * region (`clientHeight`) and for a row (`offsetHeight`), so that a virtualized list has a window
 * to draw rows into. Returns what puts jsdom's own sizes back.
 */
export function stubLayout(sizes: { viewport: number; row: number }): () => void {
  const laidOut = { clientHeight: sizes.viewport, offsetHeight: sizes.row };
  const own = Object.keys(laidOut).map(
    (key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const,
  );
  for (const [key, value] of Object.entries(laidOut))
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  return () => {
    for (const [key, descriptor] of own)
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
  };
}
