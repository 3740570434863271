import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** A page model of Scambio fogli: export, re-import with review, history and undo. */
export class ExchangePage {
  constructor(
    readonly page: Page,
    readonly testInfo: TestInfo,
  ) {}

  /** Exports one partner's workbook and returns its bytes, as the browser downloads it. */
  async exportPartner(partner: string, fileName: string): Promise<Uint8Array> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Esporta scheda di ${partner}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^scheda-.*\.xlsx$/);
    const target = this.testInfo.outputPath(fileName);
    await file.saveAs(target);
    return new Uint8Array(await readFile(target));
  }

  /** Exports every partner's workbook at once: the browser downloads one zip, returned with its name. */
  async exportAll(): Promise<{ name: string; bytes: Uint8Array }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Esporta le schede di tutti i partner' }).click();
    const file = await download;
    const target = this.testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(target);
    return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(target)) };
  }

  /** The rows of the partners table, where each partner's workbook stands. */
  partnerRows(): Locator {
    return this.page.getByTestId('exchange-partners').locator('tbody tr');
  }

  /** The row of one partner in the partners table. */
  partnerRow(partner: string): Locator {
    return this.partnerRows().filter({
      has: this.page.getByRole('cell', { name: partner, exact: true }),
    });
  }

  /** The line listing the partners to remind. */
  remindList(): Locator {
    return this.page.getByTestId('exchange-remind');
  }

  /** Picks a file for the partner-workbook import. */
  async importFile(name: string, bytes: Uint8Array): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Importa la scheda di un partner…' }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  }

  /** Picks a file for the import of organizations and contacts from any spreadsheet. */
  async importTable(name: string, bytes: Uint8Array): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Importa enti e referenti…' }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  }

  /** The review dialog. */
  review(partner: string): Locator {
    return this.page.getByRole('dialog', { name: `Revisione della scheda di ${partner}` });
  }

  /** Lines of the review table with the given outcome. */
  reviewRows(
    outcome: 'applied' | 'conflict' | 'proposed' | 'new' | 'rejected' | 'unchanged',
  ): Locator {
    return this.page
      .getByTestId('exchange-review-table')
      .locator(`tbody tr[data-outcome="${outcome}"]`);
  }

  /** Shows one category of the review. */
  async showOutcome(label: string): Promise<void> {
    const filter = this.page.getByRole('radiogroup', { name: 'Mostra' });
    await filter.locator('label').filter({ hasText: label }).click();
    await expect(filter.getByRole('radio', { name: label })).toBeChecked();
  }

  /** The scrolling region of a review table, by its accessible name. */
  reviewRegion(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The rows a review table has drawn: only those in view and a few around them. */
  drawnRows(testId: string): Locator {
    return this.page.getByTestId(testId).locator('tbody tr[data-index]');
  }

  /** Scrolls a review region to its last line, as a person does with the keyboard. */
  async scrollToEnd(region: Locator): Promise<void> {
    await region.focus();
    await this.page.keyboard.press('End');
  }

  /** The problem shown when a file is refused. */
  problem(): Locator {
    return this.page.getByTestId('exchange-import-problem');
  }

  /** Rows of the exchange history. */
  historyRows(): Locator {
    return this.page.getByTestId('exchange-history').locator('tbody tr');
  }
}
