import * as XLSX from 'xlsx';
import { expect, test, type Page } from '@playwright/test';
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
  context,
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const app = new RegiaApp(page);
  await app.open();
  await app.loadDemo();
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
