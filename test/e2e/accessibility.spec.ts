import { expect, test } from '@playwright/test';
import { RegiaApp, pageLabels } from './pages/RegiaApp';

test('the empty state has no serious or critical accessibility violation', async ({ page }) => {
  const app = new RegiaApp(page);
  await app.open();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every page with the demo network has no serious or critical accessibility violation (${scheme})`, async ({
    page,
  }) => {
    // Eight pages, each scanned by axe: allow for a busy machine.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript((value) => localStorage.setItem('regia-color-scheme', value), scheme);
    const app = new RegiaApp(page);
    await app.open();
    await app.loadDemo();
    const violations: string[] = [];
    for (const label of pageLabels) {
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
