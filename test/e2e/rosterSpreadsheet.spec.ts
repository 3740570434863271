import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { organizationsToImportCsv } from '../fixtures/organizationSheets';
import { RosterPage } from './pages/RosterPage';
import { sharedDemoPage } from './sharedDemoPage';

/**
 * The three tests read the demo network or write records of their own (the imported organizations,
 * undone; a relationship counted against the one before): one app start serves them all.
 */
const sharedPage = sharedDemoPage();

/** The shared page from the overview, by address: no dialog or page a previous test left open. */
async function freshRoster(): Promise<RosterPage> {
  const page = sharedPage();
  const roster = new RosterPage(page);
  await page.goto('./#/');
  await roster.app.waitForDemo();
  return roster;
}

test('the roster exports to xlsx as three sheets that LibreOffice opens', async () => {
  test.setTimeout(120_000);
  const roster = await freshRoster();
  const { page } = roster;
  await roster.app.goTo('Rete');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta in Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^anagrafica-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = new Uint8Array(await readFile(await file.path()));
  // What the person downloads, read with SheetJS. LibreOffice's reading of the same workbook, which
  // the same app code writes (rosterWorkbook), is checked in the unit test
  // exportRosterLibreOffice.test.ts: a LibreOffice start here cost seconds of a loaded machine.
  const downloaded = XLSX.read(bytes, { type: 'array' });
  expect(downloaded.SheetNames).toEqual(['Enti', 'Referenti', 'Adesioni']);
  const sheetText = (name: string): string => {
    const sheet = downloaded.Sheets[name];
    if (!sheet) throw new Error(`the download has no sheet ${name}`);
    return XLSX.utils.sheet_to_csv(sheet, { FS: ';' });
  };
  const organizations = sheetText('Enti');
  expect(organizations.split('\n')[0]).toContain('Ragione sociale;Tipo;Codice fiscale');
  expect(organizations).toContain('AFOL Metropolitana');
  expect(sheetText('Referenti').split('\n')[0]).toContain('Ente;Nome referente;Cognome');
  expect(sheetText('Adesioni')).toMatch(
    /AFOL Metropolitana;[^;\n]+;(Capofila|Coordinamento|Partner)/,
  );
});

test('a roster CSV written by LibreOffice is previewed with its invalid cell named, imported without it and undone', async () => {
  // A preview, an import and its undo: minutes on a loaded machine.
  test.setTimeout(180_000);
  const roster = await freshRoster();
  const { page } = roster;
  await roster.app.goTo('Rete');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importa da foglio…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'nuovi-enti.csv',
    mimeType: 'text/csv',
    // The CSV LibreOffice writes from the sheet, as readSpreadsheetFromLibreOffice.test.ts checks.
    buffer: Buffer.from(organizationsToImportCsv, 'utf8'),
  });
  const dialog = page.getByRole('dialog', { name: 'Importa enti e referenti da nuovi-enti.csv' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(
    dialog.getByRole('combobox', { name: 'Campo di Regia per la colonna «Partita IVA»' }),
  ).toHaveValue('Ente: partita IVA');
  await dialog.getByRole('button', { name: 'Continua' }).click();
  const invalid = page.getByTestId('exchange-table-invalid').locator('tbody tr');
  await expect(invalid).toHaveCount(1);
  await expect(invalid).toContainText('3');
  await expect(invalid).toContainText('Partita IVA');
  await expect(invalid).toContainText('12345678901');
  await expect(invalid).toContainText('Riga importata senza questa cella');
  await expect(roster.row('Il Melograno')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Importa' }).click();
  await expect(page.getByText(/Importazione completata: 3 enti/)).toBeVisible({ timeout: 30_000 });
  await expect(roster.row('Il Melograno')).toHaveCount(1);
  await expect(roster.row('Nuovi Orizzonti')).toHaveCount(1);
  await expect(roster.row('Ponte Solidale')).toHaveCount(1);

  await roster.app.goTo('Scambio fogli');
  await page.getByRole('button', { name: 'Annulla importazione di nuovi-enti.csv' }).click();
  await page
    .getByRole('dialog', { name: 'Annullare questa importazione?' })
    .getByRole('button', { name: 'Annulla l’importazione' })
    .click();
  await expect(page.getByText(/Importazione annullata/)).toBeVisible();
  await roster.app.goTo('Rete');
  await expect(roster.row('AFOL Metropolitana')).toHaveCount(1);
  await expect(roster.row('Il Melograno')).toHaveCount(0);
  await expect(roster.row('Nuovi Orizzonti')).toHaveCount(0);
  await expect(roster.row('Ponte Solidale')).toHaveCount(0);
});

test('a relationship is created, edited and archived from an organization’s page', async () => {
  const roster = await freshRoster();
  const { page } = roster;
  await roster.app.goTo('Rete');
  await roster.openOrganization('Comune di Mediglia');
  await roster.openSection(/^Relazioni/);
  const table = page.getByTestId('organization-relationships-table');
  const before = await table.locator('tbody tr').count();

  await page.getByRole('button', { name: 'Nuova relazione' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nuova relazione' });
  await expect(dialog.getByRole('combobox', { name: 'Da (ente)' })).toHaveValue(
    'Comune di Mediglia',
  );
  for (const [label, option] of [
    ['A (ente)', 'Comune di Paullo'],
    ['Tipo di relazione', 'Convenzione'],
  ] as const) {
    const input = dialog.getByRole('combobox', { name: label, exact: true });
    await input.focus();
    await input.click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  await dialog.getByLabel('Note').fill('Gestione associata dei servizi sociali');
  await dialog.getByRole('button', { name: 'Crea' }).click();
  await expect(dialog).toBeHidden();
  const row = table.locator('tbody tr').filter({ hasText: 'Gestione associata' });
  await expect(row).toContainText('Comune di Paullo');
  await expect(row).toContainText('Convenzione');
  await expect(table.locator('tbody tr')).toHaveCount(before + 1);

  await row.getByRole('button', { name: /Modifica la relazione/ }).click();
  const editor = page.getByRole('dialog', { name: 'Modifica relazione' });
  await editor.getByLabel('Note').fill('Gestione associata dei servizi sociali dal 2026');
  await editor.getByRole('button', { name: 'Salva' }).click();
  await expect(row).toContainText('dal 2026');

  await row.getByRole('button', { name: /Archivia la relazione/ }).click();
  await expect(table.locator('tbody tr')).toHaveCount(before);
});
