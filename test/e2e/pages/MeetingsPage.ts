import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { RegiaApp } from './RegiaApp';

/** Fields of a new agenda item. */
export type AgendaItemFields = { title: string; minutes: number };

/** A page model of the Riunioni page and of one meeting's page (agenda, convocation, follow-up). */
export class MeetingsPage {
  readonly app: RegiaApp;

  constructor(readonly page: Page) {
    this.app = new RegiaApp(page);
  }

  /** Opens the meetings list through the navigation. */
  async open(): Promise<void> {
    await this.app.goTo('Riunioni');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Riunioni' })).toBeVisible();
    await expect(this.page.getByTestId('meetings-list')).toBeVisible();
  }

  /** Creates a meeting from the list and waits for its page to open on the agenda. */
  async createMeeting(fields: { title: string; date: string; time: string; place: string }) {
    await this.page.getByRole('button', { name: 'Nuova seduta' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nuova seduta' });
    await dialog.getByRole('textbox', { name: 'Titolo' }).fill(fields.title);
    await dialog.getByLabel('Data').fill(fields.date);
    await dialog.getByLabel('Ora di inizio').fill(fields.time);
    await dialog.getByRole('textbox', { name: 'Luogo' }).fill(fields.place);
    await dialog.getByRole('button', { name: 'Crea' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByTestId('agenda')).toBeVisible();
  }

  /** The meeting page's heading, e.g. "Seduta n. 1/2027 · 10 marzo 2027". */
  async heading(): Promise<string> {
    return this.page.getByRole('heading', { level: 1 }).innerText();
  }

  /** Adds an item at the end of the agenda through its dialog. */
  async addItem(fields: AgendaItemFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Aggiungi punto' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Aggiungi punto' });
    await dialog.getByRole('textbox', { name: 'Titolo del punto' }).fill(fields.title);
    await dialog.getByRole('textbox', { name: 'Minuti previsti' }).fill(String(fields.minutes));
    await dialog.getByRole('button', { name: 'Aggiungi punto' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.itemTitles().filter({ hasText: fields.title })).toHaveCount(1);
  }

  /** The titles of the agenda items, in order. */
  itemTitles(): Locator {
    return this.page.getByTestId('agenda-item-title');
  }

  /** Moves an item down by some places with the keyboard, through its drag handle. */
  async moveDownWithKeyboard(title: string, places: number): Promise<void> {
    const handle = this.page.getByRole('button', { name: `Trascina «${title}»` });
    await handle.focus();
    await this.page.keyboard.press('Space');
    for (let step = 0; step < places; step += 1) {
      await this.page.waitForTimeout(150);
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.waitForTimeout(250);
    await this.page.keyboard.press('Space');
  }

  /** Clicks a button that downloads a file and returns where the file was saved. */
  async download(buttonName: string): Promise<string> {
    const downloadPromise = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: buttonName, exact: true }).click();
    const download = await downloadPromise;
    const target = path.join(
      mkdtempSync(path.join(tmpdir(), 'regia-meetings-')),
      download.suggestedFilename(),
    );
    await download.saveAs(target);
    return target;
  }
}
