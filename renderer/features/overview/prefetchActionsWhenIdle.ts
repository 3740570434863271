import type { RegiaDatabase } from '../../db';

/**
 * Once the overview is complete, reads the network's actions for the Azioni page at an idle
 * moment, with the page's code, so that its first opening draws at once instead of reading tens
 * of thousands of actions then. A failed prefetch costs nothing: the page reads them itself.
 */
export function prefetchActionsWhenIdle(db: RegiaDatabase, networkId: string): void {
  const whenIdle =
    globalThis.requestIdleCallback?.bind(globalThis) ??
    ((run: () => void): unknown => globalThis.setTimeout(run, 200));
  whenIdle(() => {
    import('../actions')
      .then(({ prefetchActionsPage }) => prefetchActionsPage(db, networkId))
      .catch(() => undefined);
  });
}
