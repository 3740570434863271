import { expect, test } from '@playwright/test';
import { RegiaApp } from './pages/RegiaApp';

test('a network, an organization and an action created in the UI survive a reload', async ({
  page,
}) => {
  const app = new RegiaApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Crea una nuova rete' }).click();
  const networkDialog = page.getByRole('dialog', { name: 'Nuova rete' });
  await networkDialog.getByLabel('Nome della rete').fill('Cabina di regia Alto Milanese');
  await networkDialog.getByLabel('Territorio').fill('Legnano e Castanese');
  await networkDialog.getByRole('button', { name: 'Crea' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Cabina di regia Alto Milanese' }),
  ).toBeVisible();

  await app.goTo('Rete');
  await page.getByRole('button', { name: 'Nuovo ente' }).click();
  const organizationDialog = page.getByRole('dialog', { name: 'Nuovo ente' });
  await organizationDialog.getByLabel('Nome').fill('Comune di Legnano');
  await organizationDialog.getByLabel('Comune').fill('Legnano');
  await organizationDialog.getByLabel('Provincia').fill('mi');
  await organizationDialog.getByLabel('Email').fill('protocollo@comune.legnano.example');
  await organizationDialog.getByRole('button', { name: 'Crea' }).click();
  await expect(app.tableRows('roster-table').filter({ hasText: 'Comune di Legnano' })).toHaveCount(
    1,
  );

  await app.goTo('Azioni');
  await page.getByRole('button', { name: 'Nuova azione' }).click();
  const actionDialog = page.getByRole('dialog', { name: 'Nuova azione' });
  await actionDialog
    .getByLabel('Titolo')
    .fill('Mappatura dei servizi per il lavoro del territorio');
  await actionDialog.getByLabel('Ente responsabile').click();
  await page.getByRole('option', { name: 'Comune di Legnano' }).click();
  await actionDialog.getByLabel('Scadenza').fill('2026-12-15');
  await actionDialog.getByRole('button', { name: 'Crea' }).click();
  await expect(app.tableRows('actions-table')).toHaveCount(1);

  await page.reload();
  await app.goTo('Rete');
  await expect(
    app.tableRows('roster-table').filter({ hasText: 'Comune di Legnano' }),
  ).toContainText('(MI)');
  await app.goTo('Azioni');
  await expect(app.tableRows('actions-table').first()).toContainText('Mappatura dei servizi');
  await expect(app.tableRows('actions-table').first()).toContainText('Comune di Legnano');
});

test('a field left invalid keeps the form open with a message and writes nothing', async ({
  page,
}) => {
  const app = new RegiaApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Crea una nuova rete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nuova rete' });
  await dialog.getByRole('button', { name: 'Crea' }).click();
  await expect(dialog.getByText('Campo obbligatorio')).toBeVisible();
  await dialog.getByRole('button', { name: 'Annulla' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Benvenuto in Regia' })).toBeVisible();
});
