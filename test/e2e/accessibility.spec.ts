import { expect, test } from './fixtures';
import { RegiaApp, pageLabels, type PageLabel } from './pages/RegiaApp';
import { sharedDemoPage } from './sharedDemoPage';

type Scheme = 'light' | 'dark';

/**
 * Pages whose own spec already scans them, in that theme and in a fuller state (rows loaded, a
 * selection, the map laid out): scanning them here again would only repeat the same axe pass.
 */
const scannedInTheirSpec: Record<Scheme, Partial<Record<PageLabel, string>>> = {
  light: {
    Riunioni: 'meetings.spec.ts: the meetings list, calendar and agenda …',
    Azioni: 'actions.spec.ts: the actions page, its board, its editor and its forms …',
    Progetti: 'projects.spec.ts: a concluded project becomes a good practice …',
    Rete: 'roster.spec.ts: the roster, an organization’s page and the organization dialog …',
    Mappa: 'map.spec.ts: the map page has no serious or critical accessibility violation …',
    'Scambio fogli': 'exchange.spec.ts: a partner workbook goes out, comes back …',
  },
  dark: {
    Mappa: 'map.spec.ts: the map page has no serious or critical accessibility violation …',
  },
};

test('the empty state has no serious or critical accessibility violation', async ({ page }) => {
  const app = new RegiaApp(page);
  await app.open();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
});

test.describe('on one page holding the demo network, light then dark', () => {
  // The scans only read: one app start serves both themes, the page reopened in each.
  const sharedPage = sharedDemoPage();

  for (const scheme of ['light', 'dark'] as const) {
    test(`every page with the demo network has no serious or critical accessibility violation (${scheme})`, async () => {
      // Up to eight pages, each scanned by axe: seven dark scans ran past 180 s under a load of 23.
      test.setTimeout(300_000);
      const page = sharedPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate((value) => localStorage.setItem('regia-color-scheme', value), scheme);
      const app = new RegiaApp(page);
      await app.open();
      await app.waitForDemo();
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      const violations: string[] = [];
      for (const label of pageLabels.filter((label) => !scannedInTheirSpec[scheme][label])) {
        await app.goTo(label);
        violations.push(
          ...(await app.seriousAccessibilityViolations()).map(
            (violation) => `${label}: ${violation}`,
          ),
        );
      }
      expect(violations).toEqual([]);
    });
  }
});
