import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { runSpreadsheetJob, spreadsheetLimits } from '../../shared/exchange';
import { oneLineCsv, sparseFarRightWorkbook } from '../fixtures/hostile/boundsFiles';
import { lyingZipBomb } from '../fixtures/hostile/hostileFiles';
import { farRightXls } from '../fixtures/hostile/biffFiles';
import { mutatedWorkbooks } from '../fixtures/hostile/mutations';
import { ExchangePage } from './pages/ExchangePage';
import { MapPage } from './pages/MapPage';
import { RegiaApp } from './pages/RegiaApp';
import { sharedDemoPage } from './sharedDemoPage';

/**
 * How many records every store of the page's databases holds. The backups' database is left out:
 * the app writes its daily automatic backup there a few seconds after it starts, on its own
 * schedule, whatever the files dropped on it.
 */
async function recordCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const counts: Record<string, number> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name || name === 'regia-backups') continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      for (const store of Array.from(db.objectStoreNames)) {
        counts[`${name}.${store}`] = await new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error(String(request.error)));
        });
      }
      db.close();
    }
    return counts;
  });
}

/** The first mutated xls of the seeded run that the reader calls damaged. */
function damagedXls(): Uint8Array {
  const mutant = mutatedWorkbooks(30).find(({ name, bytes }) => {
    const result = runSpreadsheetJob(bytes, spreadsheetLimits);
    return name.endsWith('.xls') && !result.ok && result.problem.code === 'damaged';
  });
  if (!mutant) throw new Error('the seeded run has no damaged xls');
  return mutant.bytes;
}

// Both tests check that a refused file changes nothing: one app start serves both.
const sharedPage = sharedDemoPage();

test('files built to exhaust the reader are refused with the limit they broke, and the page and the data survive', async () => {
  test.setTimeout(300_000);
  const page = sharedPage();
  const app = new RegiaApp(page);
  const exchange = new ExchangePage(page, test.info());
  await app.goTo('Scambio fogli');
  const before = await recordCounts(page);
  expect(Object.keys(before).length).toBeGreaterThan(0);
  const corpus = [
    {
      name: 'celle-in-colonna-XFD.xlsx',
      bytes: sparseFarRightWorkbook(),
      message: 'ha dati nella cella XFD1, oltre l’ultima colonna ammessa (GR, la colonna 200)',
    },
    {
      name: 'bomba-zip-bugiarda.xlsx',
      bytes: lyingZipBomb(400),
      message: 'Il file dichiara dimensioni false',
    },
    {
      name: 'una-riga-sola.csv',
      // 4 MB: past the line limit fourfold, and small enough to hand to the file chooser quickly.
      bytes: oneLineCsv(4),
      message: 'La riga 1 del file è troppo lunga (1.000.001 caratteri; il massimo è 1.000.000)',
    },
    {
      name: 'mutato.xls',
      bytes: damagedXls(),
      message: 'Il file è danneggiato o incompleto e non si può leggere',
    },
  ];
  for (const file of corpus) {
    await test.step(file.name, async () => {
      await exchange.importFile(file.name, file.bytes);
      // Timed once the file is handed over (handing over a few MB is slow on a loaded machine).
      const started = Date.now();
      await expect(exchange.problem()).toContainText(file.message, { timeout: 45_000 });
      await expect(exchange.problem()).toContainText('Nessun dato è stato modificato.');
      // Well before the worker's 60 s time-out, even on a loaded machine: a refusal, not a hang.
      expect(Date.now() - started).toBeLessThan(45_000);
      // The page is alive and answers: its script runs and its navigation still works.
      expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
      expect(await recordCounts(page)).toEqual(before);
    });
  }
  await app.goTo('Scambio fogli');
  await expect(
    page.getByRole('button', { name: 'Importa la scheda di un partner…' }),
  ).toBeVisible();
});

test('an xls of far-right cells dropped on the map import is refused in its worker with the column limit, and the map stays as it was', async () => {
  test.setTimeout(150_000);
  const page = sharedPage();
  const map = new MapPage(page);
  await map.openFirstTime();
  const before = await map.summary();

  await map.importFile('mappa.xls', Buffer.from(farRightXls(2_000)));
  await expect(
    page.getByText('ha dati nella cella IV1, oltre l’ultima colonna ammessa (GR, la colonna 200)'),
  ).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
  expect(await map.summary()).toEqual(before);
});
