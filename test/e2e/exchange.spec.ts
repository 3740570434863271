import * as XLSX from 'xlsx';
import { expect, test } from '@playwright/test';
import { zipBomb } from '../fixtures/hostile/hostileFiles';
import { convertWithLibreOffice } from '../support/libreOffice';
import { ActionsPage } from './pages/ActionsPage';
import { ExchangePage } from './pages/ExchangePage';
import { RosterPage } from './pages/RosterPage';
import { RegiaApp } from './pages/RegiaApp';

type ActionRow = { row: number; title: string; progress: number; status: string };

/** The action rows of a partner workbook as SheetJS reads them. */
function actionRows(bytes: Uint8Array): ActionRow[] {
  const workbook = XLSX.read(bytes, { type: 'array' });
  const sheet = workbook.Sheets.Azioni;
  if (!sheet) throw new Error('no Azioni sheet');
  const rows: unknown[][] = XLSX.utils.sheet_to_json(sheet, { header: 1 });
  return rows.slice(1).map((cells, index) => ({
    row: index + 2,
    title: String(cells[0]),
    status: String(cells[3]),
    progress: Number(cells[4]),
  }));
}

/** Fills cells of the Azioni sheet with SheetJS, then has LibreOffice open and save the file. */
async function fillActions(
  bytes: Uint8Array,
  cells: Record<string, string | number>,
): Promise<Uint8Array> {
  const workbook = XLSX.read(bytes, { type: 'array', cellNF: true });
  const sheet = workbook.Sheets.Azioni;
  if (!sheet) throw new Error('no Azioni sheet');
  for (const [address, value] of Object.entries(cells)) {
    sheet[address] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
  }
  const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');
  return convertWithLibreOffice(new Uint8Array(written), 'xlsx', 'xlsx');
}

test('a partner workbook goes out, comes back through LibreOffice, is reviewed, applied and undone', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const app = new RegiaApp(page);
  const exchange = new ExchangePage(page, testInfo);
  await app.open();
  await app.loadDemo();
  await app.goTo('Scambio fogli');
  expect(await app.seriousAccessibilityViolations()).toEqual([]);

  // Two exports of the same data: the second answers after the first was applied, so it conflicts.
  const first = await exchange.exportPartner('Comune di Segrate', 'prima.xlsx');
  const second = await exchange.exportPartner('Comune di Segrate', 'seconda.xlsx');
  const [target, other] = actionRows(first).filter((row) => row.status !== 'Completata');
  if (!target || !other) throw new Error('the demo partner has fewer than two open actions');
  await expect(exchange.historyRows()).toHaveCount(2);

  await exchange.importFile('prima.xlsx', await fillActions(first, { [`E${target.row}`]: 90 }));
  await expect(exchange.review('Comune di Segrate')).toBeVisible({ timeout: 30_000 });
  await expect(exchange.reviewRows('applied')).toHaveCount(1);
  await exchange
    .review('Comune di Segrate')
    .getByRole('button', { name: 'Applica 1 modifiche' })
    .click();
  // Applying takes an automatic backup of the whole database first: allow for a slow machine.
  await expect(page.getByText(/Importazione completata/)).toBeVisible({ timeout: 30_000 });

  const returned = await fillActions(second, {
    [`E${target.row}`]: 75,
    [`D${other.row}`]: 'Bloccata',
    [`F${other.row}`]: '30/11/2026',
    [`G${other.row}`]: 'Sede non disponibile fino a ottobre',
  });
  await exchange.importFile('seconda-restituita.xlsx', returned);
  const review = exchange.review('Comune di Segrate');
  await expect(review).toBeVisible({ timeout: 30_000 });
  await expect(exchange.reviewRows('conflict')).toHaveCount(1);
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
  await review.getByRole('radio', { name: 'Usa il foglio' }).check();
  await exchange.showOutcome('Da applicare (3)');
  await expect(exchange.reviewRows('applied')).toHaveCount(3);
  await expect(
    exchange.reviewRows('applied').filter({ hasText: 'Sede non disponibile fino a ottobre' }),
  ).toHaveCount(1);
  await review.getByRole('button', { name: 'Applica 4 modifiche' }).click();
  await expect(review).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(/Importazione completata/).first()).toBeVisible();

  const actions = new ActionsPage(page);
  // The list is long: find each action by its title, as a user would.
  const openAction = async (title: string) => {
    await actions.search(title);
    return actions.openEditor(title);
  };
  await app.goTo('Azioni');
  const editor = await openAction(other.title);
  const timeline = editor.getByTestId('action-timeline');
  await expect(timeline).toContainText('Sede non disponibile fino a ottobre');
  await expect(timeline).toContainText('Comune di Segrate');
  await expect(timeline).toContainText('importazione');
  await page.keyboard.press('Escape');
  const targetEditor = await openAction(target.title);
  await expect(targetEditor.getByTestId('action-timeline')).toContainText('75%');
  await page.keyboard.press('Escape');

  await app.goTo('Scambio fogli');
  await page
    .getByRole('button', { name: 'Annulla importazione di seconda-restituita.xlsx' })
    .click();
  await page
    .getByRole('dialog', { name: 'Annullare questa importazione?' })
    .getByRole('button', { name: 'Annulla l’importazione' })
    .click();
  await expect(page.getByText(/Importazione annullata/)).toBeVisible();

  await app.goTo('Azioni');
  const undone = await openAction(other.title);
  await expect(undone.getByRole('textbox', { name: 'Titolo' })).toHaveValue(other.title);
  await expect(undone).not.toContainText('Sede non disponibile fino a ottobre');
  await page.keyboard.press('Escape');
  const restored = await openAction(target.title);
  await expect(restored.getByTestId('action-timeline')).not.toContainText('75%');
});

test('a hostile file is refused with a plain Italian message and nothing changes', async ({
  page,
}, testInfo) => {
  const app = new RegiaApp(page);
  const exchange = new ExchangePage(page, testInfo);
  await app.open();
  await app.loadDemo();
  await app.goTo('Scambio fogli');
  const started = Date.now();
  await exchange.importFile('scheda-Comune-di-Segrate.xlsx', zipBomb(400));
  await expect(exchange.problem()).toContainText(
    'potrebbe essere un file ostile e non viene aperto. Nessun dato è stato modificato.',
  );
  expect(Date.now() - started).toBeLessThan(15_000);
  await expect(page.getByText('Nessuno scambio registrato')).toBeVisible();
  await expect(exchange.review('Comune di Segrate')).toHaveCount(0);
  expect(
    await page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).length),
  ).toBeGreaterThan(0);
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
});

test('exporting for all partners downloads one zip and marks every workbook as awaited', async ({
  page,
}, testInfo) => {
  const app = new RegiaApp(page);
  const exchange = new ExchangePage(page, testInfo);
  await app.open();
  await app.loadDemo();
  await app.goTo('Scambio fogli');
  expect(await exchange.exportAll()).toMatch(/^schede-aggiornamento-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(exchange.historyRows().first()).toContainText('Invio');
  await expect(page.getByTestId('exchange-partners')).toContainText('In attesa');
  await page.getByRole('button', { name: 'Cambia tema chiaro/scuro' }).click();
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
});

test('any spreadsheet of organizations is mapped, checked for duplicates and imported', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const app = new RegiaApp(page);
  const exchange = new ExchangePage(page, testInfo);
  await app.open();
  await app.loadDemo();
  await app.goTo('Scambio fogli');
  const sheet = XLSX.utils.aoa_to_sheet([
    ['  RAGIONE SOCIALE ', 'Città', 'Data adesione', 'Nome', 'Cognome', 'Colonna di servizio'],
    ['Comune di Segrate', 'Segrate', '01/01/2026', 'Anna', 'Verdi', 'x'],
    ['Cooperativa Nuova Aurora', 'Vizzolo Predabissi', 46058, 'Marco', 'Galli', 'y'],
  ]);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'Enti');
  const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');
  const ods = await convertWithLibreOffice(new Uint8Array(written), 'xlsx', 'ods');

  await exchange.importTable('enti.ods', ods);
  const dialog = page.getByRole('dialog', { name: 'Importa enti e referenti da enti.ods' });
  // The file is read in a Web Worker: allow for a busy machine.
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(
    dialog.getByRole('combobox', { name: 'Campo di Regia per la colonna «RAGIONE SOCIALE»' }),
  ).toHaveValue('Ente: nome');
  await expect(
    dialog.getByRole('combobox', { name: 'Campo di Regia per la colonna «Colonna di servizio»' }),
  ).toHaveValue('— non importare —');
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Continua' }).click();
  await expect(page.getByTestId('exchange-table-summary')).toHaveText(
    '2 enti (1 già presenti in Regia), 2 referenti, 0 righe con errori',
  );
  await expect(
    dialog.getByRole('combobox', { name: 'Che cosa fare con «Comune di Segrate»' }),
  ).toHaveValue('Usa «Comune di Segrate»');
  await expect(
    dialog.getByRole('combobox', { name: 'Che cosa fare con «Cooperativa Nuova Aurora»' }),
  ).toHaveValue('Crea nuovo ente');
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Importa' }).click();
  await expect(page.getByText('Importazione completata: 1 enti e 2 referenti creati')).toBeVisible({
    timeout: 30_000,
  });

  await app.goTo('Rete');
  await new RosterPage(page).openOrganization('Cooperativa Nuova Aurora');
  await expect(page.getByText('Vizzolo Predabissi').first()).toBeVisible();
});

test('a table of 800 organizations opens its review at once, drawing only the lines in view', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const app = new RegiaApp(page);
  const exchange = new ExchangePage(page, testInfo);
  await app.open();
  await app.loadDemo();
  await app.goTo('Scambio fogli');
  const names = Array.from({ length: 800 }, (_, index) => `Cooperativa Orizzonte ${index + 1}`);
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Ragione sociale', 'Comune', 'Nome', 'Cognome'],
    ...names.map((name, index) => [name, 'Melegnano', 'Sara', `Ferri ${index + 1}`]),
  ]);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'Enti');
  const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');

  await exchange.importTable('ottocento-enti.xlsx', new Uint8Array(written));
  const dialog = page.getByRole('dialog', {
    name: 'Importa enti e referenti da ottocento-enti.xlsx',
  });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Continua' }).click();
  await expect(page.getByTestId('exchange-table-summary')).toContainText('800 enti', {
    timeout: 30_000,
  });
  const first = dialog.getByRole('combobox', { name: `Che cosa fare con «${names[0]}»` });
  await expect(first).toHaveValue('Crea nuovo ente');
  const drawn = await exchange.drawnRows('exchange-table-organizations').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(80);
  expect(await app.seriousAccessibilityViolations()).toEqual([]);

  // The last organization is out of view: the keyboard scrolls the region to it.
  const last = dialog.getByRole('combobox', { name: `Che cosa fare con «${names[799]}»` });
  await expect(last).toHaveCount(0);
  await exchange.scrollToEnd(exchange.reviewRegion('Enti del file (800)'));
  await expect(last).toBeVisible();
  await last.click();
  await page.getByRole('option', { name: 'Non importare' }).click();
  await expect(last).toHaveValue('Non importare');
  await dialog.getByRole('button', { name: 'Importa' }).click();
  await expect(
    page.getByText('Importazione completata: 799 enti e 799 referenti creati'),
  ).toBeVisible({ timeout: 60_000 });
});
