import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { MapPage } from './pages/MapPage';

// Several engineers' browsers share two cores here: give each test room.
test.describe.configure({ timeout: 150_000 });

test.beforeEach(async ({ page }) => {
  const map = new MapPage(page);
  await map.app.open();
  await map.app.loadDemo();
});

/** Width and height written in a PNG's header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Chooses an option of a select of the open dialog by its label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const input = page.getByRole('dialog').getByRole('combobox', { name: label, exact: true });
  // Focus first: it closes a list another select left open over this one.
  await input.focus();
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the map of the demo network draws its organizations on a canvas, laid out off the main thread', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await expect(map.canvas.locator('canvas').first()).toBeVisible();
  await expect(map.canvas).toHaveAttribute('role', 'img');
  const summary = await map.summary();
  expect(summary.nodes).toBeGreaterThan(15);
  expect(summary.relationships).toBe(20);
  expect(summary.derived).toBeGreaterThan(0);
  await expect(map.relationshipRows()).toHaveCount(20);
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((mark) => mark.name),
  );
  expect(marks).toContain('regia:map-layout-settled');
  expect(marks).toContain('regia:map-first-frame');
  await map.waitForMeasures();
  await expect(page.getByTestId('map-legend')).toContainText('Agenzia per il lavoro (AFOL)');
});

test('filtering by project keeps only its organizations and the ties among them', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  const before = await map.summary();
  await map.filterBy(
    'Progetti',
    'Azione di sistema – Lavoro e disabilità psichica nel Sud-Est Milano',
  );
  await expect.poll(async () => (await map.summary()).nodes).toBeLessThan(before.nodes);
  const after = await map.summary();
  expect(after.nodes).toBeGreaterThan(3);
  await expect(map.relationshipRows().filter({ hasText: 'Filo di Lambro' }).first()).toBeVisible();
  await expect(map.relationshipRows().filter({ hasText: 'Comune di Pioltello' })).toHaveCount(0);
  await page.getByRole('tab', { name: /Enti/ }).click();
  await expect(map.app.tableRows('map-nodes-table')).toHaveCount(after.nodes);
  await expect(
    map.app.tableRows('map-nodes-table').filter({ hasText: 'Comune di Pioltello' }),
  ).toHaveCount(0);
});

test('searching an organization focuses it and lists its neighbours in the side panel', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await map.focus('Regione Lombardia');
  expect(await map.neighbours()).toContain('AFOL Metropolitana');
  await map.focus('AFOL Metropolitana');
  const neighbours = await map.neighbours();
  expect(neighbours).toEqual(
    expect.arrayContaining(['Comune di Segrate', 'Regione Lombardia', 'Assolombarda']),
  );
  await expect(page.getByTestId('map-selection')).toContainText('Intermediazione');
  // A neighbour in the list is a way to walk the network from the keyboard.
  await page
    .getByTestId('map-neighbours')
    .getByRole('button', { name: 'Regione Lombardia' })
    .click();
  await expect(page.getByTestId('map-selection')).toContainText('Regione Lombardia');
});

test('a relationship created, edited and archived from the map shows in the table and the summary', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await map.focus('Comune di Mediglia');
  await page.getByRole('button', { name: 'Nuova relazione da questo ente' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nuova relazione' });
  await expect(dialog.getByRole('combobox', { name: 'Da (ente)' })).toHaveValue(
    'Comune di Mediglia',
  );
  await choose(page, 'A (ente)', 'Comune di Paullo');
  await choose(page, 'Tipo di relazione', 'Convenzione');
  await dialog.getByLabel('Peso (0–100)').fill('3');
  await dialog.getByLabel('Note').fill('Gestione associata dei servizi sociali');
  expect(await map.app.seriousAccessibilityViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Crea' }).click();
  await expect(dialog).toBeHidden();

  const row = map
    .relationshipRows()
    .filter({ hasText: 'Comune di Paullo' })
    .filter({ hasText: 'Comune di Mediglia' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Convenzione');
  expect((await map.summary()).relationships).toBe(21);
  expect(await map.neighbours()).toContain('Comune di Paullo');

  await row.getByRole('button', { name: /Modifica la relazione/ }).click();
  const editor = page.getByRole('dialog', { name: 'Modifica relazione' });
  await editor.getByLabel('Peso (0–100)').fill('7');
  await editor.getByRole('button', { name: 'Salva' }).click();
  await expect(row.locator('td').nth(3)).toHaveText('7');

  await row.getByRole('button', { name: /Archivia la relazione/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archivia' }).click();
  await expect(row).toHaveCount(0);
  expect((await map.summary()).relationships).toBe(20);
});

test('a saved map reopens after a reload with the same filters and positions', async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  await map.filterBy('Tipi di ente', 'Comune', 'Agenzia per il lavoro (AFOL)');
  await map.waitForLayout();
  await map.waitForMeasures();
  const filtered = await map.summary();
  const saved = MapPage.positionsInSvg((await map.export('Immagine SVG')).bytes.toString('utf8'));
  expect(Object.keys(saved)).toHaveLength(filtered.nodes);

  await page.getByRole('button', { name: 'Salva mappa' }).click();
  const dialog = page.getByRole('dialog', { name: 'Salva la mappa' });
  await dialog.getByLabel('Nome della mappa').fill('Comuni e AFOL per la seduta di marzo');
  expect(await map.app.seriousAccessibilityViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Salva' }).click();
  await expect(
    page.getByText('Mappa «Comuni e AFOL per la seduta di marzo» salvata'),
  ).toBeVisible();

  // Another arrangement, then a new session.
  await page.getByRole('button', { name: 'Ridisponi' }).click();
  await map.waitForLayout();
  const moved = MapPage.positionsInSvg((await map.export('Immagine SVG')).bytes.toString('utf8'));
  expect(moved).not.toEqual(saved);
  await page.reload();
  await map.open();
  expect((await map.summary()).nodes).toBeGreaterThan(filtered.nodes);

  await page.getByRole('combobox', { name: 'Mappe salvate' }).click();
  await page.getByRole('option', { name: 'Comuni e AFOL per la seduta di marzo' }).click();
  await expect.poll(async () => (await map.summary()).nodes).toBe(filtered.nodes);
  await map.waitForLayout();
  await map.waitForMeasures();
  const reopened = MapPage.positionsInSvg(
    (await map.export('Immagine SVG')).bytes.toString('utf8'),
  );
  expect(reopened).toEqual(saved);
});

test('the map exports as PNG and SVG pictures of the stated size, and as Gephi tables', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await map.waitForMeasures();
  const { nodes } = await map.summary();

  const svg = await map.export('Immagine SVG');
  expect(svg.name).toMatch(/^mappa-rete-\d{4}-\d{2}-\d{2}\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/<svg[^>]* width="1600" height="1000"/);
  expect(Object.keys(MapPage.positionsInSvg(text))).toHaveLength(nodes);
  expect(text).toContain('AFOL Metropolitana');

  const png = await map.export('Immagine PNG');
  expect(png.name).toMatch(/\.png$/);
  expect(pngSize(png.bytes)).toEqual({ width: 1600, height: 1000 });
  expect(png.bytes.byteLength).toBeGreaterThan(20_000);

  const gephi = await map.export('Tabelle di nodi e archi per Gephi (zip di CSV)');
  const files = unzipSync(new Uint8Array(gephi.bytes));
  const nodeLines = strFromU8(files['nodi.csv']).trim().split('\r\n');
  const edgeLines = strFromU8(files['archi.csv']).trim().split('\r\n');
  expect(nodeLines[0]).toMatch(/^"Id","Label",/);
  expect(nodeLines).toHaveLength(nodes + 1);
  expect(edgeLines[0]).toMatch(/^"Source","Target","Type","Weight",/);
});

test('the map workbook exported for Kumu imports into an empty network with the same organizations and ties', async ({
  page,
  browser,
}) => {
  const map = new MapPage(page);
  await map.open();
  const exported = await map.summary();
  const workbook = await map.export('Cartella di lavoro per Kumu (xlsx)');
  const sheets = XLSX.read(workbook.bytes, { type: 'buffer' });
  expect(sheets.SheetNames).toEqual(['Elements', 'Connections']);
  const elements = XLSX.utils.sheet_to_json<string[]>(sheets.Sheets.Elements, { header: 1 });
  expect(elements[0].slice(0, 5)).toEqual(['ID', 'Label', 'Type', 'Description', 'Tags']);
  expect(elements).toHaveLength(exported.nodes + 1);

  // A coordinator elsewhere, with an empty Regia.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(page.url().split('#')[0]);
  await other.getByRole('button', { name: 'Crea una nuova rete' }).click();
  await other.getByRole('dialog').getByLabel('Nome della rete').fill('Rete ricevuta');
  await other.getByRole('dialog').getByRole('button', { name: 'Crea' }).click();
  const receiving = new MapPage(other);
  await receiving.open();
  expect((await receiving.summary()).nodes).toBe(0);

  const importFile = async (): Promise<void> => {
    const [chooser] = await Promise.all([
      other.waitForEvent('filechooser'),
      other.getByRole('button', { name: 'Importa mappa' }).click(),
    ]);
    await chooser.setFiles({
      name: workbook.name,
      mimeType: 'application/octet-stream',
      buffer: workbook.bytes,
    });
  };
  await importFile();
  const review = other.getByRole('dialog', { name: 'Controlla le modifiche prima di applicarle' });
  await expect(review.getByTestId('map-import-counts')).toContainText(
    `Enti nuovi${exported.nodes}`,
  );
  await expect(review.getByTestId('map-import-counts')).toContainText(
    `Relazioni nuove${exported.relationships}`,
  );
  expect(await receiving.app.seriousAccessibilityViolations()).toEqual([]);
  await review.getByRole('button', { name: 'Applica' }).click();
  await expect(other.getByText(/Mappa importata/)).toBeVisible();
  await expect
    .poll(async () => (await receiving.summary()).relationships)
    .toBe(exported.relationships);
  expect((await receiving.summary()).nodes).toBe(exported.nodes);
  await expect(receiving.relationshipRows().filter({ hasText: 'Regione Lombardia' })).toHaveCount(
    1,
  );

  // The same file a second time: matched by ID, nothing duplicated.
  await importFile();
  await expect(other.getByText('Il file non contiene modifiche da applicare.')).toBeVisible();
  await other.getByTestId('map-import-review').getByRole('button', { name: 'Chiudi' }).click();
  expect((await receiving.summary()).nodes).toBe(exported.nodes);
  await context.close();
});

test('the time slider shows the network as it was: a relationship that starts later is hidden', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await page.getByRole('button', { name: 'Nuova relazione' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nuova relazione' });
  await choose(page, 'Da (ente)', 'Comune di Rodano');
  await choose(page, 'A (ente)', 'Comune di Carpiano');
  await dialog.getByLabel('Dal').fill('2030-06-01');
  await dialog.getByRole('button', { name: 'Crea' }).click();
  const later = map.relationshipRows().filter({ hasText: 'Comune di Rodano' });
  await expect(later).toHaveCount(1);

  await map.showNetworkAt('2030-05-31');
  await expect(later).toHaveCount(0);
  await map.showNetworkAt('2030-06-01');
  await expect(later).toHaveCount(1);

  // The slider moves the date from the keyboard: at its first day only the oldest ties remain.
  const slider = page.getByRole('slider', { name: 'Data della rete' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.getByLabel('Data', { exact: true })).not.toHaveValue('2030-06-01');
  await map.waitForLayout();
  await expect(later).toHaveCount(0);
  await expect(map.relationshipRows().filter({ hasText: 'Regione Lombardia' })).toHaveCount(0);
  await expect(map.relationshipRows().filter({ hasText: 'Comune di Segrate' })).toHaveCount(1);
});

test('the map page has no serious or critical accessibility violation, in light and dark theme', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await map.waitForMeasures();
  await map.focus('AFOL Metropolitana');
  await map.openFilters();
  expect(await map.app.seriousAccessibilityViolations()).toEqual([]);
  await page.getByRole('tab', { name: /Enti/ }).click();
  expect(await map.app.seriousAccessibilityViolations()).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => localStorage.setItem('regia-color-scheme', 'dark'));
  await page.reload();
  await map.open();
  await map.waitForMeasures();
  await map.focus('AFOL Metropolitana');
  expect(await map.app.seriousAccessibilityViolations()).toEqual([]);
});
