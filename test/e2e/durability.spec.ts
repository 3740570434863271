import * as XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ExchangePage } from './pages/ExchangePage';
import { RegiaApp } from './pages/RegiaApp';

const importedCount = 300;

/** Counts the rows of a table straight from IndexedDB, without the app. */
async function storedCount(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('regia');
        opening.onerror = () => reject(new Error(String(opening.error)));
        opening.onsuccess = () => {
          const db = opening.result;
          const counting = db.transaction(name).objectStore(name).count();
          counting.onsuccess = () => {
            resolve(counting.result);
            db.close();
          };
          counting.onerror = () => reject(new Error(String(counting.error)));
        };
      }),
    table,
  );
}

/** A workbook of organizations, each with one contact, none already in the demo network. */
function organizationsWorkbook(count: number): Uint8Array {
  const rows = [['Ragione sociale', 'Comune', 'Nome', 'Cognome', 'Email']];
  for (let index = 1; index <= count; index += 1) {
    rows.push([
      `Cooperativa di prova ${index}`,
      // One comune each: names are compared for duplicates only within a comune.
      `Località ${index}`,
      'Anna',
      `Verdi ${index}`,
      `anna.verdi${index}@prova.example`,
    ]);
  }
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), 'Enti');
  const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');
  return new Uint8Array(written);
}

test('an import cut off by closing the page leaves the data wholly before or wholly after it', async ({
  demoPage: page,
}, testInfo) => {
  test.setTimeout(90_000);
  // Its own context with the demo network restored, not loaded by clicking (the next test does
  // that): the point here is the import, and the reopened page shares the context's database.
  const context = page.context();
  const app = new RegiaApp(page);
  await app.open();
  await app.waitForDemo();
  const organizationsBefore = await storedCount(page, 'organizations');
  const contactsBefore = await storedCount(page, 'contacts');
  await app.goTo('Scambio fogli');
  await new ExchangePage(page, testInfo).importTable(
    'enti.xlsx',
    organizationsWorkbook(importedCount),
  );
  const dialog = page.getByRole('dialog', { name: 'Importa enti e referenti da enti.xlsx' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Continua' }).click();
  await expect(page.getByTestId('exchange-table-summary')).toContainText(`${importedCount} enti`, {
    timeout: 30_000,
  });
  await dialog.getByRole('button', { name: 'Importa' }).click();
  // Close the tab while the import writes: the browser aborts its open transactions.
  await page.waitForTimeout(1_500);
  await page.close({ runBeforeUnload: false });

  const reopened = await context.newPage();
  await new RegiaApp(reopened).open();
  const organizationsAfter = await storedCount(reopened, 'organizations');
  const contactsAfter = await storedCount(reopened, 'contacts');
  const before = { organizations: organizationsBefore, contacts: contactsBefore };
  const after = {
    organizations: organizationsBefore + importedCount,
    contacts: contactsBefore + importedCount,
  };
  expect([before, after]).toContainEqual({
    organizations: organizationsAfter,
    contacts: contactsAfter,
  });
  console.log(
    `Import cut off: the database is as ${organizationsAfter === organizationsBefore ? 'before' : 'after'} it.`,
  );
});

test('every write of the app asks Chromium for strict durability: the demo load, an import and a settings save', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  // Records the durability Chromium reports for each read-write transaction the app opens.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { regiaDurabilities: seen });
    // The original is kept to be called with each database as `this`, below.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, storeNames, mode, options) {
      const created = transaction.call(this, storeNames, mode, options);
      if (created.mode === 'readwrite') seen.push(created.durability);
      return created;
    };
  });
  const durabilities = (): Promise<string[]> =>
    page.evaluate(() => [...(Reflect.get(window, 'regiaDurabilities') as string[])]);
  const app = new RegiaApp(page);
  await app.open();
  await app.loadDemo();
  await app.goTo('Scambio fogli');
  await new ExchangePage(page, testInfo).importTable('enti.xlsx', organizationsWorkbook(3));
  const dialog = page.getByRole('dialog', { name: 'Importa enti e referenti da enti.xlsx' });
  await dialog.getByRole('button', { name: 'Continua' }).click();
  await expect(page.getByTestId('exchange-table-summary')).toContainText('3 enti');
  await dialog.getByRole('button', { name: 'Importa' }).click();
  await expect(page.getByText(/Importazione completata/)).toBeVisible({ timeout: 30_000 });
  await app.goTo('Impostazioni');
  await page.getByRole('button', { name: 'Salva', exact: true }).click();
  await expect(page.getByText('Impostazioni salvate')).toBeVisible();

  const seen = await durabilities();
  expect(seen.length).toBeGreaterThan(3);
  expect(new Set(seen)).toEqual(new Set(['strict']));
});
