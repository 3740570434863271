import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  mapInspectionProperty,
  type MapInspection,
} from '../../../renderer/features/map/mapInspection';
import { RegiaApp } from './RegiaApp';

/** A page model of the Mappa page: canvas, filters, side panel, tables, saved maps and files. */
export class MapPage {
  readonly app: RegiaApp;

  constructor(readonly page: Page) {
    this.app = new RegiaApp(page);
  }

  /** Opens the page through the navigation and waits for the layout to settle. */
  async open(): Promise<void> {
    await this.app.goTo('Mappa');
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Mappa della rete' }),
    ).toBeVisible();
    await this.waitForLayout();
  }

  /**
   * A fresh app with the demo network, on its map once laid out. The map's code loads on first
   * visit: on a loaded machine that takes longer than other pages.
   */
  async openOnDemo(): Promise<void> {
    await this.app.open();
    await this.app.waitForDemo();
    await this.openFirstTime();
  }

  /** Opens the page through the navigation when its code has not loaded yet in this page. */
  async openFirstTime(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: 'Mappa', exact: true })
      .click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Mappa della rete' }),
    ).toBeVisible({ timeout: 60_000 });
    await this.waitForLayout();
  }

  /** The drawn map. */
  get canvas(): Locator {
    return this.page.getByTestId('map-canvas');
  }

  /** Waits until the layout has stopped moving nodes. */
  async waitForLayout(): Promise<void> {
    await expect(this.canvas).toHaveAttribute('data-layout-state', 'settled', { timeout: 20_000 });
  }

  /** Waits until the side panel shows the network's measures. */
  async waitForMeasures(): Promise<void> {
    await expect(
      this.page.getByTestId('map-measures').getByRole('rowheader', { name: 'Comunità' }),
    ).toBeVisible({
      timeout: 20_000,
    });
  }

  /** The numbers of the summary: organizations, relationships, derived links. */
  async summary(): Promise<{ nodes: number; relationships: number; derived: number }> {
    const text = await this.page.getByTestId('map-summary').innerText();
    const [nodes, relationships, derived] = (text.match(/\d+/g) ?? []).map(Number);
    return { nodes, relationships, derived };
  }

  /** Finds an organization with the search box and focuses it. */
  async focus(name: string): Promise<void> {
    const search = this.page.getByRole('combobox', { name: 'Cerca un ente sulla mappa' });
    await search.fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.page.getByTestId('map-selection')).toContainText(name);
  }

  /** The names listed as neighbours of the selected organization. */
  async neighbours(): Promise<string[]> {
    return this.page.getByTestId('map-neighbours').getByRole('button').allInnerTexts();
  }

  /** Shows the filters panel unless it is shown already. */
  async openFilters(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: /^Filtri/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(this.page.getByRole('region', { name: 'Filtri' })).toBeVisible();
  }

  /** Picks options of one of the filters' multi-selects. */
  async filterBy(label: string, ...options: string[]): Promise<void> {
    await this.openFilters();
    const input = this.page.getByRole('combobox', { name: label, exact: true });
    for (const option of options) {
      await input.click();
      await this.page.getByRole('option', { name: option, exact: true }).click();
    }
    await this.page.keyboard.press('Escape');
  }

  /** Sets the day the map shows the network at. */
  async showNetworkAt(day: string): Promise<void> {
    await this.openFilters();
    const toggle = this.page.getByRole('switch', { name: 'Rete alla data' });
    // The panel may still be sliding open, so a click can miss the switch (seen under a load of
    // 20): click again until the switch shows on.
    await expect(async () => {
      if (!(await toggle.isChecked())) await toggle.check({ force: true, timeout: 5_000 });
      await expect(toggle).toBeChecked({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await this.page.getByLabel('Data', { exact: true }).fill(day);
    await this.waitForLayout();
  }

  /** The positions of the nodes in an exported SVG picture, by organization id. */
  static positionsInSvg(svg: string): Record<string, string> {
    return Object.fromEntries(
      [...svg.matchAll(/<circle data-id="([^"]+)" cx="([^"]+)" cy="([^"]+)"/g)].map((match) => [
        match[1],
        `${match[2]},${match[3]}`,
      ]),
    );
  }

  /** The drawn map as its controller reads it: the camera, every node as drawn, the links shown. */
  async inspect(): Promise<MapInspection> {
    return this.canvas.evaluate((element, property): MapInspection => {
      const read: unknown = Reflect.get(element, property);
      if (typeof read !== 'function') throw new Error('The map exposes no inspection');
      return Reflect.apply(read, element, []) as MapInspection;
    }, mapInspectionProperty);
  }

  /** The id of the node drawn with a name. */
  static nodeId(inspection: MapInspection, label: string): string {
    const found = Object.entries(inspection.nodes).find(([, node]) => node.label === label);
    if (!found) throw new Error(`No node named ${label}`);
    return found[0];
  }

  /** Waits until the camera stops moving, and returns where it stopped. */
  async settledCamera(): Promise<MapInspection['camera']> {
    let last = (await this.inspect()).camera;
    await expect
      .poll(
        async () => {
          const now = (await this.inspect()).camera;
          const still = JSON.stringify(now) === JSON.stringify(last);
          last = now;
          return still;
        },
        { intervals: [250] },
      )
      .toBe(true);
    return last;
  }

  /** Opens the import dialog and hands it a file. */
  async importFile(name: string, bytes: Buffer): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: 'Importa mappa' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
  }

  /** The rows of the relationships table. */
  relationshipRows(): Locator {
    return this.app.tableRows('relationships-table');
  }

  /** Exports the map in one of the formats of the export menu and returns the file. */
  async export(item: string): Promise<{ name: string; bytes: Buffer }> {
    await this.page.getByRole('button', { name: 'Esporta' }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('menuitem', { name: item }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await readDownload(download) };
  }
}

/** The bytes of a finished download. */
export async function readDownload(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}
