import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { textOfPdf, type PdfTextOrder } from '../../support/pdfText';

/** A meeting as stored, enough to choose one for a test. */
export type StoredMeeting = {
  id: string;
  networkId: string;
  number: number;
  year: number;
  date: string;
  status: string;
};

/** A page model of a meeting's live tab and minutes tab. */
export class LiveMeetingPage {
  constructor(readonly page: Page) {}

  /** Every stored meeting, oldest first, read straight from IndexedDB. */
  meetings(): Promise<StoredMeeting[]> {
    return this.page.evaluate(
      () =>
        new Promise<StoredMeeting[]>((resolve, reject) => {
          const request = indexedDB.open('regia');
          request.onerror = () => reject(new Error('IndexedDB did not open'));
          request.onsuccess = () => {
            const read = request.result.transaction('meetings').objectStore('meetings').getAll();
            read.onsuccess = () => {
              const rows = read.result as StoredMeeting[];
              request.result.close();
              resolve(rows.sort((first, second) => first.date.localeCompare(second.date)));
            };
          };
        }),
    );
  }

  /** How many audit entries the database holds for one record. */
  auditCount(table: string, recordId: string): Promise<number> {
    return this.page.evaluate(
      ([tableName, id]) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('regia');
          request.onerror = () => reject(new Error('IndexedDB did not open'));
          request.onsuccess = () => {
            const store = request.result.transaction('auditEntries').objectStore('auditEntries');
            const read = store.index('[table+recordId]').count([tableName, id]);
            read.onsuccess = () => {
              request.result.close();
              resolve(read.result);
            };
          };
        }),
      [table, recordId] as const,
    );
  }

  /** Opens a meeting's page on a section. */
  async open(meetingId: string, section: 'live' | 'minutes'): Promise<void> {
    await this.page.goto(`./#/riunioni/seduta/${meetingId}/${section}`);
    // Right after the demo loads, on a busy machine, the first meeting page took 14 s to show.
    await expect(
      this.page.getByTestId(section === 'live' ? 'live-meeting' : 'minutes'),
    ).toBeVisible({ timeout: 30_000 });
  }

  /** Switches tab within the meeting's page. */
  async tab(name: 'Seduta in corso' | 'Verbale'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Checks a member in with a status (Presente, Assente, Assente giustificato, Delegato). */
  async checkIn(organization: string, status: string): Promise<void> {
    await this.page
      .getByLabel(`Presenza di ${organization}`, { exact: true })
      .selectOption({ label: status });
  }

  /** Entrusts an absent body's vote to a body present (delega di voto). */
  async entrustVote(organization: string, holder: string): Promise<void> {
    await this.page
      .getByLabel(`Delega di voto di ${organization}`, { exact: true })
      .selectOption({ label: holder });
  }

  /** Opens an agenda item in the live tab by its title. */
  async item(title: string) {
    await this.page
      .getByRole('navigation', { name: 'Ordine del giorno' })
      .getByRole('button', { name: new RegExp(`^\\d+\\. ${title}`) })
      .click();
    const recorder = this.page.getByTestId('item-recorder');
    await expect(recorder).toContainText(title);
    return recorder;
  }

  /** The quorum line: "N enti con diritto di voto presenti su M (servono K)". */
  quorumCount() {
    return this.page.getByTestId('quorum-count');
  }

  /** Saves the download a click starts into a temporary folder and returns its path. */
  async download(click: () => Promise<void>): Promise<{ path: string; name: string }> {
    const downloadPromise = this.page.waitForEvent('download');
    await click();
    const download = await downloadPromise;
    const folder = mkdtempSync(path.join(tmpdir(), 'regia-minutes-'));
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    return { path: file, name: download.suggestedFilename() };
  }

  /** The text of the page's print, as Chromium prints it to PDF and pdftotext reads it. */
  async printedText(order: PdfTextOrder = 'layout'): Promise<string> {
    return textOfPdf(await this.page.pdf({ format: 'A4' }), order);
  }
}
