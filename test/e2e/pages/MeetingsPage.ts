import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { dragAnnouncement, pickUpWithKeyboard } from './keyboardDrag';
import { RegiaApp } from './RegiaApp';

/** A day some days ahead of today, as `yyyy-MM-dd`, for a meeting still to come. */
export function dayAhead(days: number): string {
  const day = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** Fields of a new agenda item; its kind is Discussione unless given. */
export type AgendaItemFields = { title: string; minutes: number; kind?: string };

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
    if (fields.kind) {
      await dialog.getByRole('combobox', { name: 'Tipo di punto', exact: true }).click();
      await this.page.getByRole('option', { name: fields.kind, exact: true }).click();
    }
    await dialog.getByRole('button', { name: 'Aggiungi punto' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.itemTitles().filter({ hasText: fields.title })).toHaveCount(1);
  }

  /** Through "Modifica dati": sets the meeting's kind and invites only the bodies named. */
  async inviteOnly(kind: string, organizations: readonly string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Modifica dati' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Tipo di seduta', exact: true }).click();
    await this.page.getByRole('option', { name: kind, exact: true }).click();
    const invited = dialog.getByRole('combobox', { name: 'Enti invitati', exact: true });
    for (const organization of organizations) {
      // Focus first: it closes the list the kind's select may have left open.
      await invited.focus();
      await invited.fill(organization);
      await this.page.getByRole('option', { name: organization, exact: true }).click();
    }
    await dialog.getByRole('button', { name: 'Salva' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The titles of the agenda items, in order. */
  itemTitles(): Locator {
    return this.page.getByTestId('agenda-item-title');
  }

  /** Moves an item down by some places with the keyboard, through its drag handle. */
  async moveDownWithKeyboard(title: string, places: number): Promise<void> {
    // Each key waits for the agenda's announcement of the position the item is over.
    const from = (await this.itemTitles().allTextContents()).indexOf(title) + 1;
    if (from < 1) throw new Error(`«${title}» is not on the agenda`);
    const handle = this.page.getByRole('button', { name: `Trascina «${title}»` });
    await pickUpWithKeyboard(this.page, handle, `«${title}» alla posizione ${from}`);
    const announcement = dragAnnouncement(this.page);
    for (let step = 1; step <= places; step += 1) {
      await this.page.keyboard.press('ArrowDown');
      await expect(announcement).toHaveText(`«${title}» alla posizione ${from + step}`);
    }
    await this.page.keyboard.press('Space');
    await expect(announcement).toHaveText(`«${title}» lasciato alla posizione ${from + places}`);
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
