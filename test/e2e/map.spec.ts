import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { MapPage } from './pages/MapPage';
import { sharedDemoPage } from './sharedDemoPage';

// Several engineers' browsers share two cores here: give each test room.
test.describe.configure({ timeout: 150_000 });

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

/** A colour written `#rrggbb` as the browser computes it, `rgb(r, g, b)`. */
function rgbOf(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

// Tests that only read the demo network, or write only outside it (the Kumu import goes to a
// network of another browser context), share one app start. Leaving the map for the overview
// first unmounts it, so each test opens it with no filter, selection or camera move of the last.
test.describe('on one page holding the demo network', () => {
  const sharedPage = sharedDemoPage();

  test.beforeEach(async () => {
    await new MapPage(sharedPage()).app.goTo('Panoramica');
  });

  test('the map of the demo network draws its organizations on a canvas, laid out off the main thread', async () => {
    const page = sharedPage();
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

  test('filtering by project keeps only its organizations and the ties among them', async () => {
    const page = sharedPage();
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
    await expect(
      map.relationshipRows().filter({ hasText: 'Filo di Lambro' }).first(),
    ).toBeVisible();
    await expect(map.relationshipRows().filter({ hasText: 'Comune di Pioltello' })).toHaveCount(0);
    await page.getByRole('tab', { name: /Enti/ }).click();
    await expect(map.app.tableRows('map-nodes-table')).toHaveCount(after.nodes);
    await expect(
      map.app.tableRows('map-nodes-table').filter({ hasText: 'Comune di Pioltello' }),
    ).toHaveCount(0);
  });

  test('searching an organization focuses it and lists its neighbours in the side panel', async () => {
    const page = sharedPage();
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

  test('nodes take the colour of their type, as the legend shows, and a focused node keeps only its neighbours in colour', async () => {
    const page = sharedPage();
    const map = new MapPage(page);
    await map.open();
    const plain = await map.inspect();
    const afol = MapPage.nodeId(plain, 'AFOL Metropolitana');
    const segrate = MapPage.nodeId(plain, 'Comune di Segrate');
    expect(plain.nodes[afol].color).not.toBe(plain.nodes[segrate].color);
    const legendColour = (type: string): Promise<string> =>
      page
        .getByTestId('map-legend')
        .getByText(type, { exact: true })
        .locator('xpath=..')
        .locator('.mantine-ColorSwatch-colorOverlay')
        .evaluate((swatch) => getComputedStyle(swatch).backgroundColor);
    expect(await legendColour('Agenzia per il lavoro (AFOL)')).toBe(rgbOf(plain.nodes[afol].color));
    expect(await legendColour('Comune')).toBe(rgbOf(plain.nodes[segrate].color));
    const allInColour = (nodes: typeof plain.nodes): boolean =>
      Object.values(nodes).every((node) => node.drawnColor === node.color);
    expect(allInColour(plain.nodes)).toBe(true);

    await map.focus('AFOL Metropolitana');
    const neighbours = await map.neighbours();
    expect(neighbours.length).toBeGreaterThan(2);
    const focused = await map.inspect();
    expect(focused.selected).toBe(afol);
    expect(focused.nodes[afol].highlighted).toBe(true);
    const inColour = Object.values(focused.nodes)
      .filter((node) => node.drawnColor === node.color)
      .map((node) => node.label)
      .sort();
    expect(inColour).toEqual(['AFOL Metropolitana', ...neighbours].sort());
    expect(Object.keys(focused.nodes).length).toBeGreaterThan(inColour.length);
    expect(focused.shownEdges).toBeGreaterThanOrEqual(neighbours.length);
    expect(focused.shownEdges).toBeLessThan(plain.shownEdges);

    await map.canvas.focus();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await map.inspect()).selected).toBeNull();
    expect(allInColour((await map.inspect()).nodes)).toBe(true);
  });

  test('the map exports as PNG and SVG pictures of the stated size, and as Gephi tables', async () => {
    const page = sharedPage();
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
    browser,
  }) => {
    const page = sharedPage();
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
    const review = other.getByRole('dialog', {
      name: 'Controlla le modifiche prima di applicarle',
    });
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

  test('the camera zooms with the buttons and the keys, and pans with the arrow keys and a drag on empty space', async () => {
    const page = sharedPage();
    const map = new MapPage(page);
    await map.open();
    const start = await map.settledCamera();

    await page.getByRole('button', { name: 'Ingrandisci' }).click();
    const closer = await map.settledCamera();
    expect(closer.ratio).toBeLessThan(start.ratio * 0.8);
    await map.canvas.focus();
    await page.keyboard.press('-');
    await map.settledCamera();
    await page.keyboard.press('-');
    const farther = await map.settledCamera();
    expect(farther.ratio).toBeGreaterThan(start.ratio * 1.2);
    await page.getByRole('button', { name: 'Riduci' }).click();
    expect((await map.settledCamera()).ratio).toBeGreaterThan(farther.ratio * 1.2);
    await map.canvas.focus();
    await page.keyboard.press('+');
    expect((await map.settledCamera()).ratio).toBeCloseTo(farther.ratio, 5);

    await page.keyboard.press('ArrowRight');
    const right = await map.settledCamera();
    expect(right.x).toBeGreaterThan(farther.x);
    expect(right.y).toBeCloseTo(farther.y, 5);
    await page.keyboard.press('ArrowUp');
    const up = await map.settledCamera();
    expect(up.y).toBeGreaterThan(right.y);
    expect(up.x).toBeCloseTo(right.x, 5);

    // A held arrow key slides the drawn picture, a tenth of the view per repeat, and the camera
    // moves once, on release, drawing the map where the slide left it.
    const canvasBox = await map.canvas.boundingBox();
    if (!canvasBox) throw new Error('The map is not drawn');
    const [[heldId, heldNode] = []] = Object.entries((await map.inspect()).nodes);
    if (!heldId || !heldNode) throw new Error('The map has no node');
    await page.keyboard.down('ArrowLeft');
    await page.keyboard.down('ArrowLeft');
    await page.keyboard.down('ArrowLeft');
    const slid = canvasBox.width * 0.3;
    await expect
      .poll(() =>
        page.locator('.sigma-nodes').evaluate((canvas) => getComputedStyle(canvas).transform),
      )
      .toMatch(/^matrix\(1, 0, 0, 1, [\d.]+, 0\)$/);
    const held = await page
      .locator('.sigma-nodes')
      .evaluate((canvas) => new DOMMatrix(getComputedStyle(canvas).transform).e);
    expect(held).toBeCloseTo(slid, 0);
    expect((await map.inspect()).camera).toEqual(up);
    await page.keyboard.up('ArrowLeft');
    const left = await map.settledCamera();
    expect(left.x).toBeLessThan(up.x);
    expect(left.y).toBeCloseTo(up.y, 5);
    await expect(page.locator('.sigma-nodes')).toHaveCSS('transform', 'none');
    expect((await map.inspect()).nodes[heldId]?.viewportX).toBeCloseTo(
      heldNode.viewportX + slid,
      0,
    );

    // Grab the background where no node is drawn, and pull it to the left and up.
    const box = await map.canvas.boundingBox();
    if (!box) throw new Error('The map is not drawn');
    const nodes = Object.values((await map.inspect()).nodes);
    const spots = [0.1, 0.3, 0.5, 0.7, 0.9].flatMap((fx) =>
      [0.1, 0.3, 0.5, 0.7, 0.9].map((fy) => ({ x: box.width * fx, y: box.height * fy })),
    );
    const empty = spots.find((spot) =>
      nodes.every((node) => Math.hypot(node.viewportX - spot.x, node.viewportY - spot.y) > 40),
    );
    if (!empty) throw new Error('No empty spot on the map');
    const [[nodeId, anyNode] = []] = Object.entries((await map.inspect()).nodes);
    if (!nodeId || !anyNode) throw new Error('The map has no node');
    await page.mouse.move(box.x + empty.x, box.y + empty.y);
    await page.mouse.down();
    await page.mouse.move(box.x + empty.x - 120, box.y + empty.y - 80, { steps: 10 });
    // While the mouse moves, the drawn picture slides with it and the camera waits for the release.
    await expect
      .poll(() =>
        page.locator('.sigma-nodes').evaluate((canvas) => getComputedStyle(canvas).transform),
      )
      .toBe('matrix(1, 0, 0, 1, -120, -80)');
    expect((await map.inspect()).camera).toEqual(left);
    await page.mouse.up();
    const dragged = await map.settledCamera();
    expect(dragged.x).toBeGreaterThan(left.x);
    expect(dragged.y).toBeLessThan(left.y);
    expect(dragged.ratio).toBeCloseTo(left.ratio, 5);
    // Released, the map is drawn at the new camera: every node is where the slide left it.
    await expect(page.locator('.sigma-nodes')).toHaveCSS('transform', 'none');
    const moved = (await map.inspect()).nodes[nodeId];
    expect(moved?.viewportX).toBeCloseTo(anyNode.viewportX - 120, 0);
    expect(moved?.viewportY).toBeCloseTo(anyNode.viewportY - 80, 0);
  });

  test('the map page has no serious or critical accessibility violation, in light and dark theme', async () => {
    const page = sharedPage();
    // Three axe passes over the laid-out map and a reload: past 150 s under a load of 20. It is the
    // last of the shared page's tests, as it reloads that page in the dark theme.
    test.setTimeout(240_000);
    const map = new MapPage(page);
    await map.open();
    await map.waitForMeasures();
    await map.focus('AFOL Metropolitana');
    await map.openFilters();
    expect(await map.app.seriousAccessibilityViolations()).toEqual([]);
    await page.getByRole('tab', { name: /Enti/ }).click();
    // The page around the tables was scanned just now: only the panel of organizations changed.
    expect(await map.app.seriousAccessibilityViolations('[role="tabpanel"]')).toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => localStorage.setItem('regia-color-scheme', 'dark'));
    await page.reload();
    await map.open();
    await map.waitForMeasures();
    await map.focus('AFOL Metropolitana');
    expect(await map.app.seriousAccessibilityViolations()).toEqual([]);
  });
});

// Tests that write to the demo network (relationships, saved maps, moved nodes) each get their own.
test.describe('each on a fresh copy of the demo network', () => {
  test.beforeEach(async ({ demoPage: page }) => {
    const map = new MapPage(page);
    await map.app.open();
    await map.app.waitForDemo();
  });

  test('a relationship created, edited and archived from the map shows in the table and the summary', async ({
    demoPage: page,
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
    expect(await map.app.dialogAccessibilityViolations()).toEqual([]);
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

  test('a saved map reopens after a reload with the same filters and positions', async ({
    demoPage: page,
  }) => {
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
    expect(await map.app.dialogAccessibilityViolations()).toEqual([]);
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

  test('the time slider shows the network as it was: a relationship that starts later is hidden', async ({
    demoPage: page,
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

  test('a node dragged with the mouse stays where it is dropped, and a saved map keeps it there', async ({
    demoPage: page,
  }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMeasures();
    await map.settledCamera();
    const before = await map.inspect();
    const box = await map.canvas.boundingBox();
    if (!box) throw new Error('The map is not drawn');

    // The node farthest from any other, well inside the frame, so the mouse takes that one.
    const entries = Object.entries(before.nodes);
    const inside = entries.filter(
      ([, node]) =>
        node.viewportX > 60 &&
        node.viewportX < box.width - 160 &&
        node.viewportY > 60 &&
        node.viewportY < box.height - 120,
    );
    const room = ([id, node]: (typeof entries)[number]): number =>
      Math.min(
        ...entries
          .filter(([other]) => other !== id)
          .map(([, other]) =>
            Math.hypot(other.viewportX - node.viewportX, other.viewportY - node.viewportY),
          ),
      );
    const [id, node] = inside.reduce((best, entry) => (room(entry) > room(best) ? entry : best));
    await page.mouse.move(box.x + node.viewportX, box.y + node.viewportY);
    await page.mouse.down();
    await page.mouse.move(box.x + node.viewportX + 90, box.y + node.viewportY + 60, { steps: 10 });
    await page.mouse.up();

    const after = await map.inspect();
    const moved = after.nodes[id];
    expect(moved.viewportX).toBeCloseTo(node.viewportX + 90, -1);
    expect(moved.viewportY).toBeCloseTo(node.viewportY + 60, -1);
    expect(moved.x).not.toBeCloseTo(node.x, 3);
    // Only that node moved, and the camera stayed where it was.
    for (const [other, drawn] of entries) {
      if (other !== id) expect(after.nodes[other]?.x).toBe(drawn.x);
    }
    expect(after.camera).toEqual(before.camera);

    await page.getByRole('button', { name: 'Salva mappa' }).click();
    const dialog = page.getByRole('dialog', { name: 'Salva la mappa' });
    await dialog.getByLabel('Nome della mappa').fill('Con un ente spostato a mano');
    await dialog.getByRole('button', { name: 'Salva' }).click();
    await expect(page.getByText('Mappa «Con un ente spostato a mano» salvata')).toBeVisible();

    await page.getByRole('button', { name: 'Ridisponi' }).click();
    await map.waitForLayout();
    expect((await map.inspect()).nodes[id].x).not.toBeCloseTo(moved.x, 3);
    await page.reload();
    await map.open();

    await page.getByRole('combobox', { name: 'Mappe salvate' }).click();
    await page.getByRole('option', { name: 'Con un ente spostato a mano' }).click();
    await map.waitForLayout();
    await expect.poll(async () => (await map.inspect()).nodes[id]?.x).toBe(moved.x);
    expect((await map.inspect()).nodes[id].y).toBe(moved.y);
  });

  test('Gephi tables edited elsewhere, an edge table with one new edge then the node table with one renamed node, come back as exactly those changes after review', async ({
    demoPage: page,
  }) => {
    const map = new MapPage(page);
    await map.open();
    const before = await map.summary();
    const gephi = await map.export('Tabelle di nodi e archi per Gephi (zip di CSV)');
    const files = unzipSync(new Uint8Array(gephi.bytes));
    const idOf = (name: string): string => {
      const line = strFromU8(files['nodi.csv'])
        .split('\r\n')
        .find((row) => row.includes(`,"${name}",`));
      const id = line?.split(',')[0]?.replaceAll('"', '');
      if (!id) throw new Error(`No node ${name}`);
      return id;
    };
    // Gephi's Data Laboratory writes its own columns first and quotes only when it must.
    const edges = `${strFromU8(files['archi.csv'])}${idOf('Comune di Rodano')},${idOf('Comune di Carpiano')},Undirected,4.0,,Co-progettazione,,,\r\n`;

    await map.importFile('archi.csv', Buffer.from(edges, 'utf8'));
    const review = page.getByRole('dialog', { name: 'Controlla le modifiche prima di applicarle' });
    const counts = review.getByTestId('map-import-counts');
    // The file is read in a worker: under a load of 20 that took over 10 s.
    await expect(counts).toContainText('Relazioni nuove1', { timeout: 30_000 });
    await expect(counts).toContainText(`Relazioni invariate${before.relationships}`);
    await expect(counts).toContainText('Enti nuovi0');
    await expect(counts).toContainText('Righe scartate0');
    await expect(review.getByTestId('map-import-missing')).toContainText(
      'solo la tabella degli archi',
    );
    expect(await map.app.dialogAccessibilityViolations()).toEqual([]);

    // The node table, the second of the pair, with one organization renamed in Gephi.
    const nodes = strFromU8(files['nodi.csv']).replace(
      ',"Comune di Paullo",',
      ',"Comune di Paullo – capofila",',
    );
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      review.getByRole('button', { name: 'Aggiungi la tabella dei nodi…' }).click(),
    ]);
    await chooser.setFiles({
      name: 'nodi.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(nodes, 'utf8'),
    });
    await expect(review.getByText('File: archi.csv, nodi.csv')).toBeVisible();
    await expect(counts).toContainText('Enti modificati1');
    await expect(counts).toContainText(`Enti invariati${before.nodes - 1}`);
    await expect(counts).toContainText('Relazioni nuove1');
    await expect(review.getByTestId('map-import-missing')).toHaveCount(0);
    await expect(review).toContainText('Comune di Paullo – capofila — campi cambiati: name');
    await review.getByRole('button', { name: 'Applica' }).click();
    await expect(page.getByText('Mappa importata: 2 modifiche applicate')).toBeVisible();

    await expect
      .poll(async () => (await map.summary()).relationships)
      .toBe(before.relationships + 1);
    expect((await map.summary()).nodes).toBe(before.nodes);
    const added = map
      .relationshipRows()
      .filter({ hasText: 'Comune di Rodano' })
      .filter({ hasText: 'Comune di Carpiano' });
    await expect(added).toHaveCount(1);
    await expect(added).toContainText('Co-progettazione');
    await expect
      .poll(async () => Object.values((await map.inspect()).nodes).map((node) => node.label))
      .toContain('Comune di Paullo – capofila');

    // The same table again: the new edge has no ID, but its ends and kind match the tie it made.
    await map.importFile('archi.csv', Buffer.from(edges, 'utf8'));
    await expect(page.getByText('Il file non contiene modifiche da applicare.')).toBeVisible();
    await expect(counts).toContainText('Relazioni nuove0');
    await page.getByTestId('map-import-review').getByRole('button', { name: 'Chiudi' }).click();
    expect((await map.summary()).relationships).toBe(before.relationships + 1);
  });
});
