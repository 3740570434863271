import { expect, test } from '@playwright/test';
import { RegiaApp, pageLabels } from './pages/RegiaApp';

test('first start shows the empty state with the demo network on offer', async ({ page }) => {
  const app = new RegiaApp(page);
  await app.open();
  await expect(page.getByRole('heading', { name: 'Benvenuto in Regia' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Carica rete di esempio' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Crea una nuova rete' })).toBeVisible();
  for (const label of pageLabels) {
    await expect(
      page.getByRole('navigation').getByRole('link', { name: label, exact: true }),
    ).toBeVisible();
  }
  // Regia's own icon in the tab, never a request for a missing favicon.
  const iconPath = await page.locator('link[rel="icon"]').getAttribute('href');
  const icon = await page.request.get(new URL(iconPath ?? '', page.url()).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  expect(await icon.text()).toContain('<svg');
});

test('loading the demo network fills every page', async ({ page }) => {
  const app = new RegiaApp(page);
  await app.open();
  await app.loadDemo();

  expect(await app.statistic('stat-members')).toBeGreaterThan(15);
  expect(await app.statistic('stat-open-actions')).toBeGreaterThan(0);
  expect(await app.statistic('stat-projects')).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sud-Est Milano');

  await app.goTo('Riunioni');
  await expect(page.getByTestId('meetings-list').getByRole('link')).not.toHaveCount(0);
  await page.getByTestId('meetings-list').getByRole('link').first().click();
  await expect(page.getByText('Varie ed eventuali').first()).toBeVisible();

  await app.goTo('Azioni');
  await expect.poll(() => app.tableRows('actions-table').count()).toBeGreaterThan(10);

  await app.goTo('Rete');
  await expect(app.tableRows('roster-table').filter({ hasText: 'AFOL Metropolitana' })).toHaveCount(
    1,
  );
  await expect(app.tableRows('roster-table').filter({ hasText: 'Comune di Segrate' })).toHaveCount(
    1,
  );

  await app.goTo('Mappa');
  await expect(page.getByTestId('map-summary')).toContainText('relazioni');
  await expect.poll(() => app.tableRows('relationships-table').count()).toBeGreaterThan(5);

  await app.goTo('Scambio fogli');
  await expect.poll(() => app.tableRows('exchange-partners').count()).toBeGreaterThan(5);

  await app.goTo('Impostazioni');
  await expect(page.getByRole('heading', { name: 'Backup e ripristino' })).toBeVisible();

  await page.getByTestId('network-switcher').click();
  await page.getByRole('option', { name: /disabilità/ }).click();
  await app.goTo('Panoramica');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('disabilità');
});
