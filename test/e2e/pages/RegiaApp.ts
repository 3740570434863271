import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

/** The navigation labels in Italian, in menu order. */
export const pageLabels = [
  'Panoramica',
  'Riunioni',
  'Azioni',
  'Progetti',
  'Rete',
  'Mappa',
  'Scambio fogli',
  'Impostazioni',
] as const;
export type PageLabel = (typeof pageLabels)[number];

/** Every open dialog: Mantine's modals and confirmations are drawn outside the page's own tree. */
const openDialogs = '[role="dialog"], [role="alertdialog"]';

/** The WCAG 2.0 and 2.1 levels A and AA rules: every scan runs all of them. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type AxeWindow = {
  axe?: { run: (context: ElementContext, options: RunOptions) => Promise<AxeResults> };
};

/**
 * Runs axe-core's WCAG A/AA rules over the page or the elements `within` selects and returns their
 * violations. @axe-core/playwright evaluated the 1.5 MB axe script twice per scan, finished each
 * scan in a new blank page and built a selector for every node that passed: three to four times
 * the CPU of this. The script is evaluated once per document (the app has no frames to reach), and
 * `resultTypes` keeps every violating node while listing one node for each rule that passed.
 */
async function axeViolations(page: Page, within?: string): Promise<AxeResults['violations']> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ selector, tags }) => {
      const axe = (window as unknown as AxeWindow).axe;
      if (!axe) throw new Error('axe-core is not in the page');
      // A dialog still fading in has text of partial opacity, which color-contrast reads as too
      // faint: the scan starts once the transitions with an end have ended (a spinner has none).
      const ending = document
        .getAnimations()
        .filter((animation) =>
          Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)),
        )
        .map((animation) => animation.finished.catch(() => undefined));
      await Promise.race([
        Promise.all(ending),
        new Promise((resolve) => setTimeout(resolve, 5_000)),
      ]);
      const results = await axe.run(selector ? { include: [selector] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations;
    },
    { selector: within, tags: wcagTags },
  );
}

/** A page model of Regia in the web host. */
export class RegiaApp {
  constructor(readonly page: Page) {}

  /** Opens the app and waits for its frame. */
  async open(): Promise<void> {
    await this.page.goto('./');
    // The first paint waits for the start chunk and the database: on a loaded machine over 10 s.
    await expect(this.page.getByRole('navigation', { name: 'Navigazione principale' })).toBeVisible(
      { timeout: 30_000 },
    );
  }

  /** Loads the demo network from the empty state and waits until the overview shows it. */
  async loadDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Carica rete di esempio' }).click();
    await expect(this.page.getByText(/Rete di esempio caricata/)).toBeVisible({ timeout: 30_000 });
    await expect(this.page.getByTestId('stat-members')).toBeVisible({ timeout: 30_000 });
  }

  /** Waits until the overview shows the network the `demoPage` fixture restored. */
  async waitForDemo(): Promise<void> {
    // The same point loadDemo waits for: the app's keyboard shortcuts are live by then.
    await expect(this.page.getByTestId('stat-members')).toBeVisible({ timeout: 30_000 });
  }

  /** Goes to a page through the main navigation. */
  async goTo(label: PageLabel): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: label, exact: true })
      .click();
    // Each page is its own chunk, loaded on the first visit: on a busy machine that takes a while.
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  }

  /** The number shown by a statistic card of the overview. */
  async statistic(testId: string): Promise<number> {
    const figure = this.page.getByTestId(testId).locator('p').last();
    // The action figures fill in after the rest of the overview.
    await expect(figure).toHaveText(/^\d+$/, { timeout: 30_000 });
    const text = await figure.innerText();
    return Number(text);
  }

  /** Rows of a table, header excluded. */
  tableRows(testId: string) {
    return this.page.getByTestId(testId).locator('tbody tr');
  }

  /**
   * Scans the current page with axe-core and returns the serious and critical violations.
   * `within` (a CSS selector) limits the scan to that region: a dialog or a panel over a page that
   * is scanned whole elsewhere in the same theme. A whole-page scan of a full page took 20–45 s
   * under a load of 27, a dialog's a fraction of that.
   */
  async seriousAccessibilityViolations(within?: string): Promise<string[]> {
    const violations = await axeViolations(this.page, within);
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
  }

  /** The serious and critical violations inside the open dialogs only, not the page behind them. */
  async dialogAccessibilityViolations(): Promise<string[]> {
    return this.seriousAccessibilityViolations(openDialogs);
  }
}
