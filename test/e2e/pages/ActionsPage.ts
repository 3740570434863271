import { expect, type Locator, type Page } from '@playwright/test';
import { dragAnnouncement, pickUpWithKeyboard } from './keyboardDrag';
import { RegiaApp } from './RegiaApp';

/** The Italian labels of the action statuses, by code, as the board and the filters show them. */
export const statusLabels = {
  daAvviare: 'Da avviare',
  inCorso: 'In corso',
  completata: 'Completata',
  bloccata: 'Bloccata',
  annullata: 'Annullata',
} as const;
export type StatusCode = keyof typeof statusLabels;

/** A page model of the Azioni page: filters, table, board, editor and export. */
export class ActionsPage {
  readonly app: RegiaApp;

  constructor(readonly page: Page) {
    this.app = new RegiaApp(page);
  }

  /** Opens the page through the navigation. */
  async open(): Promise<void> {
    await this.app.goTo('Azioni');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Azioni' })).toBeVisible();
    // The page reads the network's actions and lookups behind a loader: past 10 s under a load of 30.
    await expect(this.page.getByTestId('actions-count')).toBeVisible({ timeout: 30_000 });
  }

  /** Types words into the search filter and waits for the list to follow. */
  async search(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Cerca' }).fill(text);
    await this.page.waitForTimeout(300);
  }

  /** Chooses one option of a select of the filter bar or of a form. */
  async choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** The number of actions the views show, as the page says it. */
  async count(): Promise<number> {
    const text = await this.page.getByTestId('actions-count').innerText();
    return Number(text.replace(/\D/g, ''));
  }

  /** Switches to a view: Tabella, Bacheca or Per ente. */
  async view(name: 'Tabella' | 'Bacheca' | 'Per ente'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The table row of an action. */
  row(title: string): Locator {
    return this.page.getByTestId('actions-table').locator('tbody tr', { hasText: title });
  }

  /** The titles of the table's rendered rows, in order. */
  async visibleTitles(): Promise<string[]> {
    return this.page
      .getByTestId('actions-table')
      .locator('tbody tr[data-action-id] td:nth-child(2) button')
      .allInnerTexts();
  }

  /** The board column of a status. */
  column(status: StatusCode): Locator {
    return this.page.getByTestId(`board-column-${status}`);
  }

  /** The card of an action on the board. */
  card(title: string): Locator {
    return this.page.getByTestId('board-card').filter({ hasText: title });
  }

  /** Drags a card by its handle with the mouse into another column. */
  async dragCard(title: string, status: StatusCode): Promise<void> {
    const handle = this.card(title).getByTestId('board-card-handle');
    const from = await handle.boundingBox();
    const to = await this.column(status).boundingBox();
    if (!from || !to) throw new Error('The card or the column is not on screen.');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + 160, { steps: 15 });
    await this.page.mouse.up();
  }

  /** Moves a card with the keyboard: Space to pick up, arrows to change column, Space to drop. */
  async moveCardWithKeyboard(title: string, columnsToTheRight: number): Promise<void> {
    // Each key waits for the board's screen-reader announcement of the column the card is over,
    // so a loaded machine cannot drop the card before it was picked up or moved.
    const statuses = Object.keys(statusLabels) as StatusCode[];
    let at = -1;
    for (const [index, status] of statuses.entries()) {
      if ((await this.column(status).getByText(title, { exact: true }).count()) > 0) at = index;
    }
    if (at < 0) throw new Error(`«${title}» is on no column of the board`);
    const announcement = dragAnnouncement(this.page);
    const over = (index: number): string =>
      `«${title}» sopra la colonna «${statusLabels[statuses[index]]}»`;
    await pickUpWithKeyboard(
      this.page,
      this.card(title).getByTestId('board-card-handle'),
      over(at),
    );
    const step = columnsToTheRight > 0 ? 1 : -1;
    for (let moved = 0; moved < Math.abs(columnsToTheRight); moved += 1) {
      await this.page.keyboard.press(step > 0 ? 'ArrowRight' : 'ArrowLeft');
      at += step;
      await expect(announcement).toHaveText(over(at));
    }
    await this.page.keyboard.press('Space');
    await expect(announcement).toContainText(`«${title}» lasciata nella colonna`);
  }

  /** Opens the editor drawer of an action from its title. */
  async openEditor(title: string): Promise<Locator> {
    await this.page.getByRole('button', { name: title, exact: true }).first().click();
    const drawer = this.page.getByRole('dialog', { name: 'Azione' });
    await expect(drawer.getByRole('textbox', { name: 'Titolo' })).toHaveValue(title);
    return drawer;
  }
}
