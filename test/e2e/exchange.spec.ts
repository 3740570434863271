import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  encryptedWorkbook,
  prototypeHeadersCsv,
  renamedImage,
  zipBomb,
} from '../fixtures/hostile/hostileFiles';
import { convertEachWithLibreOffice } from '../support/libreOfficeBatch';
import {
  organizationsToMapFromLibreOffice,
  organizationsWorkbook,
} from '../fixtures/organizationSheets';
import { editWithOpenpyxl } from '../support/openpyxl';
import { ActionsPage } from './pages/ActionsPage';
import { ExchangePage } from './pages/ExchangePage';
import { LiveMeetingPage } from './pages/LiveMeetingPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { RosterPage } from './pages/RosterPage';
import { RegiaApp } from './pages/RegiaApp';
import { sharedDemoPage } from './sharedDemoPage';

type ActionRow = {
  row: number;
  id: string;
  title: string;
  status: string;
  progress: number;
  /** The due date as `yyyy-MM-dd`, or empty. */
  dueDate: string;
};
type ContactRow = { row: number; id: string; name: string; role: string };
type CellValues = Record<string, string | number | null>;

const demoPartner = 'Comune di Segrate';

/** Opens the app, restored with the demo network, on Scambio fogli: where every test here starts. */
async function openExchange(
  page: Page,
  testInfo: TestInfo,
): Promise<{ app: RegiaApp; exchange: ExchangePage }> {
  const app = new RegiaApp(page);
  await app.open();
  await app.waitForDemo();
  await app.goTo('Scambio fogli');
  return { app, exchange: new ExchangePage(page, testInfo) };
}

function sheetRows(bytes: Uint8Array | XLSX.WorkBook, name: string): unknown[][] {
  const workbook = bytes instanceof Uint8Array ? XLSX.read(bytes, { type: 'array' }) : bytes;
  const sheet = workbook.Sheets[name];
  if (!sheet) throw new Error(`no ${name} sheet`);
  return XLSX.utils.sheet_to_json(sheet, { header: 1, defval: '' });
}

function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** An Excel serial day as `yyyy-MM-dd`, or empty for an empty cell. */
function isoDateOf(serial: unknown): string {
  if (typeof serial !== 'number') return '';
  return new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString().slice(0, 10);
}

/** The action rows of a partner workbook as SheetJS reads them. */
function actionRows(bytes: Uint8Array): ActionRow[] {
  return sheetRows(bytes, 'Azioni')
    .slice(1)
    .map((cells, index) => ({
      row: index + 2,
      title: textOf(cells[0]),
      dueDate: isoDateOf(cells[2]),
      status: textOf(cells[3]),
      progress: Number(cells[4]),
      id: textOf(cells[7]),
    }))
    .filter((row) => row.id !== '');
}

/** The contact rows of a partner workbook as SheetJS reads them. */
function contactRows(bytes: Uint8Array): ContactRow[] {
  return sheetRows(bytes, 'Referenti')
    .slice(1)
    .map((cells, index) => ({
      row: index + 2,
      name: `${textOf(cells[1])} ${textOf(cells[0])}`.trim(),
      role: textOf(cells[2]),
      id: textOf(cells[6]),
    }))
    .filter((row) => row.id !== '');
}

/** Writes cells of a workbook's sheets with SheetJS, by address; null empties a cell. */
function setCells(bytes: Uint8Array, sheets: Record<string, CellValues>): Uint8Array {
  const workbook = XLSX.read(bytes, { type: 'array', cellNF: true });
  for (const [name, cells] of Object.entries(sheets)) {
    const sheet = workbook.Sheets[name];
    if (!sheet) throw new Error(`no ${name} sheet`);
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
    for (const [address, value] of Object.entries(cells)) {
      if (value === null) delete sheet[address];
      else sheet[address] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
      const cell = XLSX.utils.decode_cell(address);
      range.e.r = Math.max(range.e.r, cell.r);
      range.e.c = Math.max(range.e.c, cell.c);
    }
    sheet['!ref'] = XLSX.utils.encode_range(range);
  }
  const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');
  return new Uint8Array(written);
}

/**
 * Fills cells of each workbook with SheetJS, then has LibreOffice open and save them as a partner
 * would: one LibreOffice start for all, its start-up being most of a conversion's time.
 */
async function fillAndSaveEach<Name extends string>(
  workbooks: Record<Name, { bytes: Uint8Array; cells: Record<string, CellValues> }>,
): Promise<Record<Name, Uint8Array>> {
  const names = Object.keys(workbooks) as Name[];
  const filled = Object.fromEntries(
    names.map((name) => [name, setCells(workbooks[name].bytes, workbooks[name].cells)]),
  );
  const saved = await convertEachWithLibreOffice(filled, 'xlsx', 'xlsx');
  const result = {} as Record<Name, Uint8Array>;
  for (const name of names) {
    const bytes = saved.get(name);
    if (!bytes) throw new Error(`LibreOffice did not save ${name}`);
    result[name] = bytes;
  }
  return result;
}

/** How many audit entries each record has: any write to a record adds one. */
async function auditCounts(
  stored: LiveMeetingPage,
  records: readonly (readonly [string, string])[],
): Promise<number[]> {
  return Promise.all(records.map(([table, id]) => stored.auditCount(table, id)));
}

/** Opens an action's editor from the Azioni page, found by its title as a user would. */
async function openAction(actions: ActionsPage, title: string) {
  await actions.search(title);
  return actions.openEditor(title);
}

/** Checks the status and due date an action's editor shows. */
async function expectActionFields(
  editor: Locator,
  fields: { status: string; dueDate: string },
): Promise<void> {
  await expect(editor.getByRole('combobox', { name: 'Stato', exact: true })).toHaveValue(
    fields.status,
  );
  await expect(editor.getByLabel('Scadenza', { exact: true })).toHaveValue(fields.dueDate);
}

test('a partner workbook goes out, comes back through LibreOffice, is reviewed, applied and undone', async ({
  demoPage: page,
}, testInfo) => {
  // Under a load of 24 it reached the undo's last click after 240 s.
  test.setTimeout(360_000);
  const { app, exchange } = await openExchange(page, testInfo);
  const stored = new LiveMeetingPage(page);

  // Two exports of the same data: the second answers after the first was applied, so it conflicts.
  const first = await exchange.exportPartner(demoPartner, 'prima.xlsx');
  const second = await exchange.exportPartner(demoPartner, 'seconda.xlsx');
  const rows = actionRows(first);
  const target = rows.find((row) => row.status !== 'Completata');
  const other = rows.find(
    (row) => row !== target && row.status !== 'Completata' && row.status !== 'Bloccata',
  );
  const third = rows.find((row) => row !== target && row !== other);
  const contacts = contactRows(first);
  const contact = contacts.find((row) => row.role !== '');
  if (!target || !other || !third || !contact)
    throw new Error('the demo partner has fewer than three actions or no contact with a role');
  const thirdStatus = third.status === 'In corso' ? 'Da avviare' : 'In corso';
  await expect(exchange.historyRows()).toHaveCount(2);

  // The partner fills in both workbooks and LibreOffice saves them, while axe scans Scambio fogli
  // whole (the scans of this file's dialogs rely on it): two slow steps overlapped.
  const newRow = Math.max(...contacts.map((row) => row.row)) + 1;
  const saving = fillAndSaveEach({
    prima: { bytes: first, cells: { Azioni: { [`E${target.row}`]: 90 } } },
    seconda: {
      bytes: second,
      cells: {
        Azioni: {
          [`E${target.row}`]: 75,
          [`D${other.row}`]: 'Bloccata',
          [`F${other.row}`]: '30/11/2026',
          [`G${other.row}`]: 'Sede non disponibile fino a ottobre',
          [`D${third.row}`]: thirdStatus,
        },
        Referenti: {
          [`C${contact.row}`]: null,
          [`A${newRow}`]: 'Brambilla',
          [`B${newRow}`]: 'Chiara',
          [`D${newRow}`]: 'c.brambilla@comune.segrate.mi.it',
        },
      },
    },
  });
  expect(await app.seriousAccessibilityViolations()).toEqual([]);
  const saved = await saving;

  await exchange.importFile('prima.xlsx', saved.prima);
  await expect(exchange.review('Comune di Segrate')).toBeVisible({ timeout: 30_000 });
  await expect(exchange.reviewRows('applied')).toHaveCount(1);
  await exchange
    .review('Comune di Segrate')
    .getByRole('button', { name: 'Applica 1 modifica' })
    .click();
  // Applying takes an automatic backup of the whole database first: allow for a slow machine.
  await expect(page.getByText(/Importazione completata/)).toBeVisible({ timeout: 30_000 });

  const touched = [
    ['actions', target.id],
    ['actions', other.id],
    ['actions', third.id],
    ['contacts', contact.id],
  ] as const;
  const auditBefore = await auditCounts(stored, touched);
  await exchange.importFile('seconda-restituita.xlsx', saved.seconda);
  const review = exchange.review('Comune di Segrate');
  await expect(review).toBeVisible({ timeout: 30_000 });
  await expect(exchange.reviewRows('conflict')).toHaveCount(1);
  // The review is a dialog over Scambio fogli, which this test scanned whole at its start.
  expect(await app.dialogAccessibilityViolations()).toEqual([]);
  await review.getByRole('radio', { name: 'Usa il foglio' }).check();
  // The new due date is the partner's proposal: flagged, and left for the coordinator to decide.
  await expect(review.getByTestId('exchange-proposals-note')).toContainText(
    '1 proposta del partner',
  );
  await exchange.showOutcome('Da applicare (4)');
  await expect(exchange.reviewRows('applied')).toHaveCount(4);
  await expect(
    exchange.reviewRows('applied').filter({ hasText: 'Sede non disponibile fino a ottobre' }),
  ).toHaveCount(1);
  // The partner emptied a cell: the review says so instead of showing nothing.
  await expect(
    exchange.reviewRows('applied').filter({ hasText: contact.name }).filter({ hasText: 'Ruolo' }),
  ).toContainText('(svuotata)');

  // By default the new contact and the proposal wait; accepting all takes the contact, never the
  // proposal, which is accepted on its own; then one change is refused.
  await expect(review.getByRole('button', { name: 'Applica 5 modifiche' })).toBeEnabled();
  await review.getByRole('button', { name: 'Accetta tutte le modifiche senza conflitti' }).click();
  await expect(review.getByRole('button', { name: 'Applica 6 modifiche' })).toBeEnabled();
  await exchange.showOutcome('Proposte (1)');
  await review
    .getByRole('checkbox', { name: `Accetta la proposta: ${other.title}, Nuova scadenza proposta` })
    .check();
  await expect(review.getByRole('button', { name: 'Applica 7 modifiche' })).toBeEnabled();
  await exchange.showOutcome('Da applicare (4)');
  await review.getByRole('checkbox', { name: `Applica: ${third.title}, Stato` }).uncheck();
  await expect(review.getByRole('button', { name: 'Applica 6 modifiche' })).toBeEnabled();
  // Reviewing and deciding wrote nothing: no audit entry, no import in the history.
  expect(await auditCounts(stored, touched)).toEqual(auditBefore);
  await expect(exchange.historyRows()).toHaveCount(3);

  await review.getByRole('button', { name: 'Applica 6 modifiche' }).click();
  await expect(review).toBeHidden({ timeout: 30_000 });
  // The toast says the button's count: three fields and a note of two actions, the emptied role, the new contact.
  await expect(page.getByText('Importazione completata: 6 modifiche applicate')).toBeVisible();
  await expect(exchange.historyRows().filter({ hasText: '6 modifiche applicate' })).toHaveCount(1);
  await expect(exchange.historyRows()).toHaveCount(4);

  const actions = new ActionsPage(page);
  await app.goTo('Azioni');
  const editor = await openAction(actions, other.title);
  await expectActionFields(editor, { status: 'Bloccata', dueDate: '2026-11-30' });
  const timeline = editor.getByTestId('action-timeline');
  await expect(timeline).toContainText('Sede non disponibile fino a ottobre');
  await expect(timeline).toContainText('Comune di Segrate');
  await expect(timeline).toContainText('importazione');
  await page.keyboard.press('Escape');
  // The refused change left the third action as it was.
  await expectActionFields(await openAction(actions, third.title), third);
  await page.keyboard.press('Escape');
  const targetEditor = await openAction(actions, target.title);
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
  const undone = await openAction(actions, other.title);
  await expect(undone.getByRole('textbox', { name: 'Titolo' })).toHaveValue(other.title);
  await expect(undone).not.toContainText('Sede non disponibile fino a ottobre');
  // Status and due date are back to what they were before the import, not only the note.
  await expectActionFields(undone, other);
  await page.keyboard.press('Escape');
  const restored = await openAction(actions, target.title);
  await expect(restored.getByTestId('action-timeline')).not.toContainText('75%');
});

test('exporting for all partners downloads one workbook each in a zip, and tells who returned theirs', async ({
  demoPage: page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { app, exchange } = await openExchange(page, testInfo);
  const archive = await exchange.exportAll();
  expect(archive.name).toMatch(/^schede-aggiornamento-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(exchange.historyRows().first()).toContainText('Invio');

  // One workbook per partner Regia holds data for; each one opens and says whose it is.
  const files = unzipSync(archive.bytes);
  const partners = new Map<string, { file: string; bytes: Uint8Array; partnerId: string }>();
  const batchIds = new Set<string>();
  for (const [file, bytes] of Object.entries(files)) {
    expect(file).toMatch(/^scheda-.+-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // Each workbook is parsed once: the zip holds one per partner.
    const workbook = XLSX.read(bytes, { type: 'array' });
    expect(workbook.SheetNames[0]).toBe('Istruzioni');
    const metaIndex = workbook.SheetNames.indexOf('_regia');
    expect(metaIndex).toBeGreaterThan(0);
    expect(workbook.Workbook?.Sheets?.[metaIndex]?.Hidden).toBeTruthy();
    const meta = new Map(
      sheetRows(workbook, '_regia').map((cells) => [textOf(cells[0]), textOf(cells[1])]),
    );
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(meta.get('formatVersion')).toBe('1');
    expect(meta.get('batchId')).toMatch(uuid);
    expect(meta.get('partnerId')).toMatch(uuid);
    const partnerName = meta.get('partnerName') ?? '';
    expect(textOf(sheetRows(workbook, 'Istruzioni')[0]?.[0])).toBe(
      `Scheda di aggiornamento: ${partnerName}`,
    );
    batchIds.add(meta.get('batchId') ?? '');
    partners.set(partnerName, { file, bytes, partnerId: meta.get('partnerId') ?? '' });
  }
  expect(partners.size).toBeGreaterThan(1);
  expect(partners.size).toBe(Object.keys(files).length);
  expect(batchIds.size).toBe(partners.size);
  // Every member of the demo network has records to send: none is left out.
  await expect(exchange.partnerRows()).toHaveCount(partners.size);
  await expect(exchange.partnerRows().filter({ hasText: 'In attesa' })).toHaveCount(partners.size);
  for (const name of partners.keys())
    await expect(exchange.partnerRow(name)).toContainText('In attesa');

  // Comune di Segrate sends its workbook back: it alone is returned and needs no reminder.
  const segrate = partners.get('Comune di Segrate');
  if (!segrate) throw new Error('no workbook for Comune di Segrate');
  const [firstAction] = actionRows(segrate.bytes);
  if (!firstAction) throw new Error('Comune di Segrate has no actions');
  await expect(exchange.remindList()).toContainText('Comune di Segrate');
  await exchange.importFile(
    segrate.file,
    setCells(segrate.bytes, { Azioni: { [`G${firstAction.row}`]: 'Fatto il sopralluogo' } }),
  );
  const review = exchange.review('Comune di Segrate');
  await expect(review).toBeVisible({ timeout: 30_000 });
  await review.getByRole('button', { name: 'Applica 1 modifica' }).click();
  await expect(review).toBeHidden({ timeout: 30_000 });
  await expect(exchange.partnerRow('Comune di Segrate')).toContainText('Restituita');
  await expect(exchange.partnerRows().filter({ hasText: 'In attesa' })).toHaveCount(
    partners.size - 1,
  );
  await expect(exchange.remindList()).not.toContainText('Comune di Segrate');
  const toRemind = await exchange.remindList().innerText();
  for (const name of partners.keys())
    if (name !== 'Comune di Segrate') expect(toRemind).toContain(name);
  await page.getByRole('button', { name: 'Cambia tema chiaro/scuro' }).click();
  expect(await app.seriousAccessibilityViolations()).toEqual([]);

  // Each workbook's hidden sheet names its own partner, as the roster links to it.
  await app.goTo('Rete');
  const roster = new RosterPage(page);
  for (const [name, { partnerId }] of partners) {
    await expect(roster.row(name).getByRole('link', { name, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`/rete/ente/${partnerId}$`),
    );
  }
});

test('any spreadsheet of organizations is mapped, checked for duplicates and imported', async ({
  demoPage: page,
}, testInfo) => {
  // Axe scans both steps: minutes on a loaded machine.
  test.setTimeout(180_000);
  const { app, exchange } = await openExchange(page, testInfo);
  // An ODS as SheetJS writes it; that LibreOffice's ODS of the same sheet reads as the same cells
  // is checked in readSpreadsheetFromLibreOffice.test.ts, without a LibreOffice start here.
  const ods = organizationsWorkbook(organizationsToMapFromLibreOffice, 'ods');

  await exchange.importTable('enti.ods', ods);
  const dialog = page.getByRole('dialog', { name: 'Importa enti e referenti da enti.ods' });
  // The file is read in a Web Worker: allow for a busy machine.
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(
    dialog.getByRole('combobox', { name: 'Campo di Regia per la colonna «RAGIONE SOCIALE»' }),
  ).toHaveValue('Ente: nome');
  await expect(
    dialog.getByRole('combobox', { name: 'Campo di Regia per la colonna «Servizio»' }),
  ).toHaveValue('— non importare —');
  // A type Regia does not recognise is shown as such, never guessed; the person chooses.
  const fondazione = dialog.getByRole('combobox', {
    name: 'Valore di Regia per «Fondazione» (Ente: tipo)',
  });
  await expect(fondazione).toHaveValue('Altro');
  await expect(dialog.getByTestId('exchange-table-unknown-values')).toContainText('1 valore');
  await fondazione.click();
  await page.getByRole('option', { name: 'Cooperativa sociale' }).click();
  await expect(fondazione).toHaveValue('Cooperativa sociale');
  // The import is a dialog over Scambio fogli, scanned whole in the first test of this file.
  expect(await app.dialogAccessibilityViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Continua' }).click();
  await expect(page.getByTestId('exchange-table-summary')).toHaveText(
    '2 enti (1 già presente in Regia), 2 referenti, 0 righe con errori',
  );
  await expect(
    dialog.getByRole('combobox', { name: 'Che cosa fare con «Comune di Segrate»' }),
  ).toHaveValue('Usa «Comune di Segrate»');
  await expect(
    dialog.getByRole('combobox', { name: 'Che cosa fare con «Cooperativa Nuova Aurora»' }),
  ).toHaveValue('Crea nuovo ente');
  // The review, the notice and the history say the same numbers.
  const outcome = '1 ente e 2 referenti creati; 1 ente aggiunto alla rete';
  await expect(page.getByTestId('exchange-table-outcome')).toHaveText(
    `Con queste scelte: ${outcome}`,
  );
  expect(await app.dialogAccessibilityViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Importa' }).click();
  await expect(page.getByText(`Importazione completata: ${outcome}`)).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByTestId('exchange-history').locator('tbody tr').first()).toContainText(
    outcome,
  );

  await app.goTo('Rete');
  await new RosterPage(page).openOrganization('Cooperativa Nuova Aurora');
  await expect(page.getByText('Vizzolo Predabissi').first()).toBeVisible();
  await expect(page.getByText('Cooperativa sociale').first()).toBeVisible();
});

test('a table of 800 organizations opens its review at once, drawing only the lines in view', async ({
  demoPage: page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { app, exchange } = await openExchange(page, testInfo);
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
  expect(await app.dialogAccessibilityViolations()).toEqual([]);

  // The last organization is out of view: the keyboard scrolls the region to it.
  const last = dialog.getByRole('combobox', { name: `Che cosa fare con «${names[799]}»` });
  await expect(last).toHaveCount(0);
  await exchange.scrollToEnd(exchange.reviewRegion('Enti del file (800)'));
  await expect(last).toBeVisible();
  await last.click();
  await page.getByRole('option', { name: 'Non importare' }).click();
  await expect(last).toHaveValue('Non importare');
  await exchange.reviewRegion('Enti del file (800)').focus();
  await page.keyboard.press('Home');
  await expect(first).toBeVisible();
  await expect(last).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Importa' }).click();
  await expect(
    page.getByText('Importazione completata: 799 enti e 799 referenti creati'),
  ).toBeVisible({ timeout: 60_000 });
});

test.describe('on one page holding the demo network', () => {
  // These tests write only records of their own, or what the test after them does not count: one
  // app start serves them, in this order. The refusals first, as they count the history from its
  // only export; the quarter's test last, as its choice of period stays on the page.
  const sharedPage = sharedDemoPage();

  /**
   * The shared page on Scambio fogli, by address to the overview first: the review or page a
   * previous test left open is gone.
   */
  async function freshExchange(
    testInfo: TestInfo,
  ): Promise<{ page: Page; app: RegiaApp; exchange: ExchangePage }> {
    const page = sharedPage();
    const app = new RegiaApp(page);
    await page.goto('./#/');
    await app.waitForDemo();
    await app.goTo('Scambio fogli');
    return { page, app, exchange: new ExchangePage(page, testInfo) };
  }

  test('hostile files are refused with a plain Italian message and nothing changes', async () => {
    test.setTimeout(120_000);
    const { page, app, exchange } = await freshExchange(test.info());
    const stored = new LiveMeetingPage(page);
    // An export gives the records an import of this partner would write to.
    const exported = await exchange.exportPartner(demoPartner, 'scheda.xlsx');
    const records = [
      ...actionRows(exported).map((row) => ['actions', row.id] as const),
      ...contactRows(exported).map((row) => ['contacts', row.id] as const),
    ];
    expect(records.length).toBeGreaterThan(0);
    const auditBefore = await auditCounts(stored, records);
    const prototypeBefore = await page.evaluate(() =>
      Object.getOwnPropertyNames(Object.prototype).sort(),
    );
    const unchanged = ' Nessun dato è stato modificato.';
    const corpus = [
      {
        name: 'scheda-Comune-di-Segrate.xlsx',
        bytes: zipBomb(400),
        message: `potrebbe essere un file ostile e non viene aperto.${unchanged}`,
      },
      {
        name: 'immagine-rinominata.xlsx',
        bytes: renamedImage(),
        message: `Il file non è un foglio di calcolo (xlsx, xls, ods o csv): forse è un’immagine o un documento rinominato.${unchanged}`,
      },
      {
        name: 'protetto-da-password.xlsx',
        bytes: encryptedWorkbook(),
        message: `Il file è protetto da password: chiedi di salvarlo senza password e di rimandarlo.${unchanged}`,
      },
      {
        name: 'intestazioni-__proto__.csv',
        bytes: prototypeHeadersCsv(),
        message: 'Questo file non è una scheda di aggiornamento di Regia.',
      },
    ];
    for (const file of corpus) {
      await test.step(file.name, async () => {
        const started = Date.now();
        await exchange.importFile(file.name, file.bytes);
        await expect(exchange.problem()).toContainText(file.message);
        expect(Date.now() - started).toBeLessThan(15_000);
        await expect(exchange.review('Comune di Segrate')).toHaveCount(0);
        await expect(exchange.historyRows()).toHaveCount(1);
        expect(await auditCounts(stored, records)).toEqual(auditBefore);
        expect(
          await page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).sort()),
        ).toEqual(prototypeBefore);
      });
    }
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });

  test('a returned file is applied once: a second import says so, a re-saved copy adds no note, an unchanged return is recorded in one click', async () => {
    test.setTimeout(180_000);
    const { page, app, exchange } = await freshExchange(test.info());
    const exported = await exchange.exportPartner(demoPartner, 'scheda.xlsx');
    const [action] = actionRows(exported);
    if (!action) throw new Error('Comune di Segrate has no actions');
    const returned = setCells(exported, { Azioni: { [`G${action.row}`]: 'Sopralluogo fatto' } });

    await exchange.importFile('ritorno.xlsx', returned);
    const review = exchange.review('Comune di Segrate');
    await review.getByRole('button', { name: 'Applica 1 modifica' }).click({ timeout: 30_000 });
    await expect(review).toBeHidden({ timeout: 30_000 });

    // The same file again, by mistake: refused, with the day it was imported.
    await exchange.importFile('ritorno.xlsx', returned);
    await expect(exchange.problem()).toContainText('File già importato il', { timeout: 30_000 });
    await expect(review).toBeHidden();

    // A copy saved again by the partner's program: its note is already in the timeline.
    await exchange.importFile('ritorno-copia.xlsx', setCells(returned, {}));
    await expect(review).toBeVisible({ timeout: 30_000 });
    await expect(exchange.reviewRows('applied')).toHaveCount(0);
    await review
      .getByRole('button', { name: 'Registra come restituita (nessuna modifica)' })
      .click();
    await expect(review).toBeHidden({ timeout: 30_000 });

    // A newer workbook comes back untouched: one click records it, and no reminder is due.
    const newer = await exchange.exportPartner(demoPartner, 'nuova.xlsx');
    await expect(exchange.partnerRow('Comune di Segrate')).toContainText('In attesa');
    await exchange.importFile('nuova-restituita.xlsx', newer);
    await review
      .getByRole('button', { name: 'Registra come restituita (nessuna modifica)' })
      .click({
        timeout: 30_000,
      });
    // The copy recorded above showed the same toast, which may still be on screen: read the newest.
    await expect(
      page.getByText(/scheda registrata come restituita, nessuna modifica/).last(),
    ).toBeVisible({ timeout: 30_000 });
    await expect(exchange.partnerRow('Comune di Segrate')).toContainText('Restituita');
    await expect(exchange.remindList()).not.toContainText('Comune di Segrate');
    await expect(
      exchange.historyRows().filter({ hasText: 'Restituita senza modifiche' }),
    ).toHaveCount(2);

    const actions = new ActionsPage(page);
    await app.goTo('Azioni');
    const editor = await openAction(actions, action.title);
    await expect(
      editor.getByTestId('action-timeline').getByText('Sopralluogo fatto', { exact: true }),
    ).toHaveCount(1);
  });

  test('a workbook filled in with openpyxl gives the documented outcome for each typed value', async () => {
    test.setTimeout(180_000);
    const { exchange } = await freshExchange(test.info());
    const exported = await exchange.exportPartner(demoPartner, 'scheda.xlsx');
    const rows = actionRows(exported);
    const [first, second] = rows.filter((row) => row.status !== 'Completata');
    if (!first || !second) throw new Error('Comune di Segrate has fewer than two open actions');
    const newRow = Math.max(...rows.map((row) => row.row)) + 1;
    const edited = await editWithOpenpyxl(exported, [
      { sheet: 'Azioni', cell: `E${first.row}`, value: '50%' },
      { sheet: 'Azioni', cell: `F${first.row}`, value: '15/03/2027' },
      { sheet: 'Azioni', cell: `E${second.row}`, value: '0,4' },
      { sheet: 'Azioni', cell: `H${second.row}`, value: 'ID-scritto-sopra' },
      { sheet: 'Indicatori', cell: 'F2', value: '12,5' },
      { sheet: 'Azioni', cell: `A${newRow}`, value: 'Tavolo con le imprese di Segrate' },
    ]);
    await exchange.importFile('openpyxl.xlsx', edited);
    const review = exchange.review('Comune di Segrate');
    await expect(review).toBeVisible({ timeout: 30_000 });
    // "50%" is 50, "15/03/2027" a date (a proposed due date), "12,5" a decimal; the overwritten ID
    // is refused, whole row; a row added with a title is a new action the partner proposes.
    const applied = exchange.reviewRows('applied');
    await expect(applied.filter({ hasText: first.title }).filter({ hasText: '50%' })).toHaveCount(
      1,
    );
    const proposed = exchange.reviewRows('proposed');
    await expect(proposed.filter({ hasText: '15/03/2027' })).toHaveCount(1);
    await expect(
      proposed.filter({ hasText: 'Nuova azione proposta: Tavolo con le imprese di Segrate' }),
    ).toHaveCount(1);
    await expect(applied.filter({ hasText: '12,5' })).toHaveCount(1);
    await expect(
      exchange.reviewRows('rejected').filter({ hasText: 'ID-scritto-sopra' }),
    ).toHaveCount(1);
  });

  test('a return written with openpyxl changes the PEC, retires a contact and adds two expenses to the project’s register, then is undone', async () => {
    test.setTimeout(300_000);
    const { page, app, exchange } = await freshExchange(test.info());
    const exported = await exchange.exportPartner(demoPartner, 'scheda.xlsx');
    const [contact] = contactRows(exported);
    // A project of the whole current year, so both days fall within its period and none is future.
    const project = sheetRows(exported, 'Legenda').find(
      (row) =>
        row[0] === 'Progetto' && String(row[1]).startsWith('Sportello Lavoro Sud Est Milano'),
    )?.[1];
    const [day, month, year] = new Intl.DateTimeFormat('it-IT', {
      timeZone: 'Europe/Rome',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    })
      .format(new Date())
      .split('/');
    if (!contact || typeof project !== 'string')
      throw new Error('Comune di Segrate has no contact or project');
    const edited = await editWithOpenpyxl(exported, [
      {
        sheet: 'La vostra organizzazione',
        cell: 'B2',
        value: 'protocollo@cert.comune.segrate.mi.it',
      },
      { sheet: 'Referenti', cell: `F${contact.row}`, value: 'Sì' },
      ...[
        [project, `01/01/${year}`, '1.234,56', `Cedolino 1/${year}`],
        [project, `${day}/${month}/${year}`, '50,10', 'Ricevuta 7'],
      ].flatMap(([name = '', day = '', amount = '', document = ''], index) => [
        { sheet: 'Spese', cell: `A${index + 2}`, value: name },
        { sheet: 'Spese', cell: `C${index + 2}`, value: day },
        { sheet: 'Spese', cell: `D${index + 2}`, value: amount },
        { sheet: 'Spese', cell: `E${index + 2}`, value: document },
      ]),
    ]);
    await exchange.importFile('spese.xlsx', edited);
    const review = exchange.review('Comune di Segrate');
    await expect(review).toBeVisible({ timeout: 60_000 });
    // The review draws only the lines in view: each kind is looked at through its filter.
    await exchange.showOutcome('Nuove (2)');
    await expect(exchange.reviewRows('new').filter({ hasText: '1234,56 €' })).toHaveCount(1);
    await expect(exchange.reviewRows('new').filter({ hasText: 'Ricevuta 7' })).toHaveCount(1);
    await expect(
      review.getByRole('checkbox', { name: 'Registra la spesa della riga 3' }),
    ).toBeChecked();
    await exchange.showOutcome('Da applicare (1)');
    await expect(
      exchange.reviewRows('applied').filter({ hasText: 'protocollo@cert.comune.segrate.mi.it' }),
    ).toHaveCount(1);
    // Retiring a contact is a proposal: the coordinator accepts it on its own line.
    await exchange.showOutcome('Proposte (1)');
    await review
      .getByRole('checkbox', { name: /Accetta la proposta: .*Non più referente/ })
      .check();
    await review.getByRole('button', { name: 'Applica 4 modifiche' }).click();
    await expect(page.getByText('Importazione completata: 4 modifiche applicate')).toBeVisible({
      timeout: 30_000,
    });

    const projects = new ProjectsPage(page);
    await app.goTo('Progetti');
    await projects.openProject(project);
    const register = page.getByTestId('expense-register');
    await expect(register).toContainText('Ricevuta 7', { timeout: 30_000 });
    await expect(register).toContainText(`Cedolino 1/${year}`);

    await app.goTo('Scambio fogli');
    await page.getByRole('button', { name: 'Annulla importazione di spese.xlsx' }).click();
    await page
      .getByRole('dialog', { name: 'Annullare questa importazione?' })
      .getByRole('button', { name: 'Annulla l’importazione' })
      .click();
    await expect(page.getByText(/Importazione annullata/)).toBeVisible({ timeout: 30_000 });
    await app.goTo('Progetti');
    await projects.openProject(project);
    const registerRegion = page.getByRole('region', { name: 'Registro delle spese' });
    await expect(registerRegion).toBeVisible({ timeout: 30_000 });
    await expect(registerRegion.getByRole('cell', { name: 'Ricevuta 7' })).toHaveCount(0);
  });

  test('a workbook for the chosen quarter comes back with a value for it and a note on a supported action, reviewed and applied', async () => {
    test.setTimeout(180_000);
    const { page, app, exchange } = await freshExchange(test.info());
    // The export proposes the last closed quarter; the coordinator picks the one in progress instead.
    const today = new Date();
    const quarter = Math.floor(today.getMonth() / 3) + 1;
    await page.getByRole('combobox', { name: 'Periodo di rendicontazione' }).click();
    await page.getByRole('option', { name: `${quarter}° trim. ${today.getFullYear()}` }).click();
    const exported = await exchange.exportPartner(demoPartner, 'scheda.xlsx');
    const [, firstIndicator] = sheetRows(exported, 'Indicatori');
    expect(textOf(firstIndicator?.[4])).toBe(`${quarter}° trimestre ${today.getFullYear()}`);
    const [, supported] = sheetRows(exported, 'Azioni di supporto');
    const supportedTitle = textOf(supported?.[0]);
    if (!supportedTitle) throw new Error('Comune di Segrate supports no open action in the demo');

    const returned = setCells(exported, {
      Indicatori: { F2: 6 },
      'Azioni di supporto': { G2: 'Sala consiliare messa a disposizione' },
    });
    await exchange.importFile('ritorno.xlsx', returned);
    const review = exchange.review('Comune di Segrate');
    // Reading the file runs in a worker: give it time on a busy machine.
    await expect(review).toBeVisible({ timeout: 60_000 });
    await exchange.showOutcome('Da applicare (2)');
    await expect(exchange.reviewRows('applied')).toHaveCount(2);
    await expect(
      exchange.reviewRows('applied').filter({ hasText: 'Sala consiliare messa a disposizione' }),
    ).toHaveCount(1);
    await review.getByRole('button', { name: 'Applica 2 modifiche' }).click();
    await expect(page.getByText('Importazione completata: 2 modifiche applicate')).toBeVisible({
      timeout: 30_000,
    });

    const actions = new ActionsPage(page);
    await app.goTo('Azioni');
    const editor = await openAction(actions, supportedTitle);
    await expect(editor.getByTestId('action-timeline')).toContainText(
      'Sala consiliare messa a disposizione',
    );
    await expect(editor.getByTestId('action-timeline')).toContainText('Comune di Segrate');
  });
});
