import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { editWithOpenpyxl } from '../support/openpyxl';
import { ExchangePage } from './pages/ExchangePage';
import { RegiaApp } from './pages/RegiaApp';

const partner = 'Comune di Segrate';
/** A demo project of Comune di Segrate that runs from 1 January to 31 December of this year. */
const project = 'Sportello Lavoro Sud Est Milano';

/** A sheet's rows as SheetJS reads them, header first. */
function sheetRows(bytes: Uint8Array, name: string): string[][] {
  const sheet = XLSX.read(bytes, { type: 'array' }).Sheets[name];
  if (!sheet) throw new Error(`no ${name} sheet`);
  return XLSX.utils
    .sheet_to_json<unknown[]>(sheet, { header: 1, defval: '' })
    .map((row) =>
      row.map((cell) => (typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '')),
    );
}

test('a return with a bad e-mail, an expense before its project, a typed-over ID and a cleared row shows each, with why in Italian', async ({
  demoPage: page,
}, testInfo) => {
  test.setTimeout(180_000);
  const app = new RegiaApp(page);
  await app.open();
  await app.goTo('Scambio fogli');
  const exchange = new ExchangePage(page, testInfo);
  const exported = await exchange.exportPartner(partner, 'scheda.xlsx');
  const actions = sheetRows(exported, 'Azioni');
  const [, typedOver, cleared] = actions;
  const [, contact] = sheetRows(exported, 'Referenti');
  const legend = sheetRows(exported, 'Legenda');
  if (!typedOver || !cleared || !contact) throw new Error('Segrate has fewer than two actions');
  expect(legend.some(([field, value]) => field === 'Progetto' && value === project)).toBe(true);
  const year = new Date().getFullYear();

  const edited = await editWithOpenpyxl(exported, [
    { sheet: 'Referenti', cell: 'D2', value: 'mario.rossi[at]comune.segrate.mi.it' },
    { sheet: 'Spese', cell: 'A2', value: project },
    { sheet: 'Spese', cell: 'C2', value: `31/12/${year - 1}` },
    { sheet: 'Spese', cell: 'D2', value: '120,00' },
    { sheet: 'Spese', cell: 'E2', value: 'Ricevuta 9' },
    { sheet: 'Azioni', cell: 'G2', value: 'Avviato il tavolo con le imprese' },
    { sheet: 'Azioni', cell: 'H2', value: 'ID-scritto-sopra' },
    // Every cell of the next row emptied: the row is gone, as if deleted.
    ...cleared.map((_, index) => ({
      sheet: 'Azioni',
      cell: `${String.fromCharCode(65 + index)}3`,
      value: null,
    })),
  ]);
  await exchange.importFile('restituita.xlsx', edited);
  const review = exchange.review(partner);
  await expect(review).toBeVisible({ timeout: 60_000 });

  await exchange.showOutcome('Respinte (3)');
  const rejected = exchange.reviewRows('rejected');
  await expect(
    rejected
      .filter({ hasText: 'mario.rossi[at]comune.segrate.mi.it' })
      .filter({ hasText: 'Indirizzo email non valido' }),
  ).toHaveCount(1);
  await expect(
    rejected
      .filter({ hasText: 'Ricevuta 9' })
      .filter({ hasText: 'precedente all’inizio del progetto' }),
  ).toHaveCount(1);
  // The row whose ID was typed over is refused whole, and its note is there to be read.
  await expect(
    rejected
      .filter({ hasText: 'ID-scritto-sopra' })
      .filter({ hasText: 'Avviato il tavolo con le imprese' }),
  ).toHaveCount(1);
  // Both actions the sheet no longer answers for are named; nothing is applied for them.
  const missing = review.getByTestId('exchange-missing-rows');
  await expect(missing).toContainText('Righe tolte dal foglio: 2');
  await expect(missing).toContainText(`«${typedOver[0]}» (Azioni)`);
  await expect(missing).toContainText(`«${cleared[0]}» (Azioni)`);
});
