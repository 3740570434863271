import { expect, test } from './fixtures';
import { RegiaApp } from './pages/RegiaApp';

test('the user named in the settings is recorded with every change', async ({ page }) => {
  const app = new RegiaApp(page);
  await app.open();
  await app.goTo('Impostazioni');
  await page.getByLabel('Nome e cognome').fill('Giulia Rossi');
  await page.getByLabel('Ente', { exact: true }).fill('AFOL Metropolitana');
  await page.getByRole('button', { name: 'Salva', exact: true }).click();
  await expect(page.getByText('Impostazioni salvate')).toBeVisible();

  await page.goto('./#/');
  await page.getByRole('button', { name: 'Crea una nuova rete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nuova rete' });
  await dialog.getByLabel('Nome della rete').fill('Cabina di regia Adda Martesana');
  await dialog.getByRole('button', { name: 'Crea' }).click();
  await expect(
    page.getByText(
      /Reti · Cabina di regia Adda Martesana · inserimento · interfaccia · Giulia Rossi/,
    ),
  ).toBeVisible();
});

test('English can be chosen as the interface language and stays after a reload', async ({
  page,
}) => {
  const app = new RegiaApp(page);
  await app.open();
  await app.goTo('Impostazioni');
  await page.getByRole('combobox', { name: 'Lingua' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Overview' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the dark theme is kept after a reload', async ({ page }) => {
  const app = new RegiaApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Cambia tema chiaro/scuro' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
});

test('the command palette opens with Ctrl+K and goes to a page', async ({ demoPage: page }) => {
  const app = new RegiaApp(page);
  await app.open();
  await app.waitForDemo();
  await page.keyboard.press('Control+K');
  const search = page.getByRole('textbox', { name: 'Cerca una pagina o un comando…' });
  await expect(search).toBeFocused();
  await search.fill('riunioni');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Riunioni' })).toBeVisible();
});

test('Alt and a number jump between pages', async ({ page }) => {
  const app = new RegiaApp(page);
  await app.open();
  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();
});
