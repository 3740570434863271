import type { Page } from '@playwright/test';

/** An element a page shows once its main content is drawn. */
export type ShownElement = {
  /** A CSS selector, looked up inside the app's main region. */
  selector: string;
  /** How many elements must match; 1 unless said. */
  atLeast?: number;
  /** A regular expression the first match's text must match. */
  text?: string;
  /** The first number in the first match's text, whatever its thousands separator. */
  number?: number;
};

/** What a page shows once its main content is drawn; no loading indicator is left in it. */
export type PageContent = {
  /** The page's level-1 heading, exactly as shown. */
  heading: string;
  shown: readonly ShownElement[];
  /** A performance mark the page sets once it has drawn a canvas, after the route change. */
  mark?: string;
};

/** The accessible name of the app's loading indicator (common.loading, in Italian). */
const loadingLabel = 'Caricamento…';

/** The page's main region (AppLayout), where every page draws. */
const mainRegionId = 'regia-main';

declare global {
  /** Set by `installPageOpener`: goes to a route, resolves when its main content is drawn. */
  var regiaOpenPage:
    | ((hash: string, content: PageContent, labels: readonly [string, string]) => Promise<number>)
    | undefined;
}

/**
 * In the page: goes to a route (a hash change, as a click on a link does) and times until the
 * page shows its content and the frame after that is drawn. A MutationObserver checks at each
 * change of the document, a PerformanceObserver at each mark (a canvas draws no DOM).
 */
export function installPageOpener(): void {
  globalThis.regiaOpenPage = (hash, content, [loading, mainId]) =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const firstNumber = (text: string): number =>
        Number((/\d[\d.\s\u202f]*/.exec(text)?.[0] ?? '').replace(/\D/g, ''));
      const shows = (main: HTMLElement, element: ShownElement): boolean => {
        const found = main.querySelectorAll(element.selector);
        if (found.length < (element.atLeast ?? 1)) return false;
        const text = found[0]?.textContent?.trim() ?? '';
        if (element.text !== undefined && !new RegExp(element.text).test(text)) return false;
        return element.number === undefined || firstNumber(text) === element.number;
      };
      const drawn = (): boolean => {
        const main = document.getElementById(mainId);
        if (!main || main.querySelector('h1')?.textContent?.trim() !== content.heading) {
          return false;
        }
        if (main.querySelector(`[aria-label="${loading}"]`)) return false;
        if (!content.shown.every((element) => shows(main, element))) return false;
        return (
          content.mark === undefined ||
          performance.getEntriesByName(content.mark, 'mark').some((mark) => mark.startTime >= start)
        );
      };
      const stop = (): void => {
        observer.disconnect();
        marks.disconnect();
        clearTimeout(timeout);
      };
      const timeout = setTimeout(() => {
        stop();
        reject(new Error(`${hash} did not show its content within 120 s.`));
      }, 120_000);
      const check = (): void => {
        if (!drawn()) return;
        stop();
        requestAnimationFrame(() => resolve(performance.now() - start));
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      const marks = new PerformanceObserver(check);
      marks.observe({ type: 'mark' });
      location.hash = hash;
    });
}

/** Installs the page opener in the app's page; again after each load of the page. */
export async function installOpener(page: Page): Promise<void> {
  await page.evaluate(installPageOpener);
}

/**
 * Goes to `hash` in the app's page and answers the milliseconds from the route change to the
 * frame after its main content is drawn.
 */
export async function openPage(page: Page, hash: string, content: PageContent): Promise<number> {
  return page.evaluate(
    ([route, shown, labels]) => {
      if (!globalThis.regiaOpenPage) throw new Error('The page opener is not installed.');
      return globalThis.regiaOpenPage(route, shown, labels);
    },
    [hash, content, [loadingLabel, mainRegionId]] as const,
  );
}
