import { expect, type Locator, type Page } from '@playwright/test';

/** A partner row of the project form. */
export type PartnerRow = { organization: string; role: string; share: string; lead: boolean };

/** A funding source row of the project form. */
export type SourceRow = { name: string; amount: string; cofinancing: boolean };

/** A voce di spesa row of the project form. */
export type CostItemRow = { category: string; name: string; planned: string };

/** An indicator as typed in its form. */
export type IndicatorRow = {
  name: string;
  unit: string;
  target: string;
  /** The label of how its periods combine, or none for the default (sum). */
  combination?: string;
  breakdowns: string[];
};

/** An expense as typed in «Registra una spesa». */
export type ExpenseRow = {
  partner: string;
  costItem: string;
  source: string;
  date: string;
  document: string;
  amount: string;
};

/**
 * A page model of the project form, the indicator form, the quarter grid, the value form and the
 * expense form, as a coordinator fills them in to set up a Regione-funded project.
 */
export class ProjectForms {
  constructor(readonly page: Page) {}

  /** The open modal dialog. */
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The quarter grid of the project's page. */
  get grid(): Locator {
    return this.page.getByTestId('quarter-grid');
  }

  /** Picks an option of a Mantine select, typing to narrow it where the select takes typing. */
  async select(scope: Locator, label: string, option: string): Promise<void> {
    const input = scope.getByRole('combobox', { name: label, exact: true });
    // A page that redraws as its data arrives can close an open list: open it again and retry.
    await expect(async () => {
      if ((await input.inputValue()) === option) return;
      await input.click();
      if (await input.isEditable()) await input.fill(option);
      await this.page.getByRole('option', { name: option, exact: true }).click({ timeout: 10_000 });
      await expect(input).toHaveValue(option, { timeout: 5_000 });
    }).toPass({ timeout: 60_000 });
  }

  /** Fills the partner rows of the open project form. */
  async partners(rows: PartnerRow[]): Promise<void> {
    for (const [index, row] of rows.entries()) {
      const number = index + 1;
      await this.dialog.getByRole('button', { name: 'Aggiungi partner' }).click();
      await this.select(this.dialog, `Partner ${number}`, row.organization);
      await this.dialog.getByLabel(`Ruolo ${number}`, { exact: true }).fill(row.role);
      await this.dialog
        .getByLabel(`Quota di budget (€) ${number}`, { exact: true })
        .fill(row.share);
      await this.dialog.getByLabel(`Capofila ${number}`, { exact: true }).setChecked(row.lead);
    }
  }

  /** Fills the funding source rows of the open project form. */
  async sources(rows: SourceRow[]): Promise<void> {
    for (const [index, row] of rows.entries()) {
      const number = index + 1;
      await this.dialog.getByRole('button', { name: 'Aggiungi fonte' }).click();
      await this.dialog.getByLabel(`Fonte ${number}`, { exact: true }).fill(row.name);
      await this.dialog.getByLabel(`Importo (€) ${number}`, { exact: true }).fill(row.amount);
      await this.dialog
        .getByLabel(`Cofinanziamento dei partner ${number}`, { exact: true })
        .setChecked(row.cofinancing);
    }
  }

  /** Fills the voci di spesa of the open project form. */
  async costItems(rows: CostItemRow[]): Promise<void> {
    for (const [index, row] of rows.entries()) {
      const number = index + 1;
      await this.dialog.getByRole('button', { name: 'Aggiungi voce di spesa' }).click();
      await this.select(this.dialog, `Categoria ${number}`, row.category);
      await this.dialog.getByLabel(`Voce di spesa ${number}`, { exact: true }).fill(row.name);
      await this.dialog.getByLabel(`Previsto (€) ${number}`, { exact: true }).fill(row.planned);
    }
  }

  /** Types one cell of the plan: a voce's amount for a partner from a source. */
  async planCell(costItem: string, partner: string, source: string, amount: string): Promise<void> {
    await this.dialog
      .getByLabel(`${costItem}: ${partner}, ${source}`, { exact: true })
      .fill(amount);
  }

  /** Adds an indicator through «Nuovo indicatore». */
  async addIndicator(row: IndicatorRow): Promise<void> {
    await this.page.getByRole('button', { name: 'Nuovo indicatore' }).click();
    await this.dialog.getByRole('textbox', { name: 'Indicatore', exact: true }).fill(row.name);
    await this.dialog.getByLabel('Unità di misura').fill(row.unit);
    await this.dialog.getByRole('textbox', { name: 'Target' }).fill(row.target);
    if (row.combination) {
      await this.select(this.dialog, 'Come si combinano i periodi', row.combination);
    }
    const breakdowns = this.dialog.getByRole('combobox', { name: 'Disaggregazioni' });
    for (const breakdown of row.breakdowns) {
      const option = this.page.getByRole('option', { name: breakdown, exact: true });
      // The field's frame lies over its input and takes the click, as it does a person's.
      if (!(await option.isVisible())) await breakdowns.click({ force: true });
      await option.click();
    }
    // Tab, not Escape, closes the list: Escape would close the dialog.
    if (row.breakdowns.length > 0) await breakdowns.press('Tab');
    await this.dialog.getByRole('button', { name: 'Salva' }).click();
    // Saving writes the indicator and its audit entry: seconds on a loaded machine.
    await expect(this.dialog).toBeHidden({ timeout: 30_000 });
    await expect(this.indicatorCard(row.name)).toBeVisible({ timeout: 30_000 });
  }

  /** Chooses the indicator and the period of the quarter grid. */
  async gridFor(indicator: string, period: string): Promise<void> {
    await this.select(this.grid, 'Indicatore', indicator);
    await this.select(this.grid, 'Periodo', period);
  }

  /** Pastes a block copied from a spreadsheet into the grid, from a partner's cell down. */
  async pasteIntoGrid(partner: string, block: string): Promise<void> {
    await this.grid
      .getByRole('textbox', { name: `Valore di ${partner}` })
      .evaluate((element, text) => {
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/plain', text);
        element.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
        );
      }, block);
  }

  /** Types figures into the grid from a partner's cell down, Enter moving to the next row. */
  async typeIntoGrid(partner: string, figures: string[]): Promise<void> {
    await this.grid.getByRole('textbox', { name: `Valore di ${partner}` }).click();
    for (const figure of figures) {
      await this.page.keyboard.type(figure);
      await this.page.keyboard.press('Enter');
    }
  }

  /** Saves the grid and waits until the indicator's card shows its new total. */
  async saveGrid(indicator: string, summary: RegExp): Promise<void> {
    await this.grid.getByRole('button', { name: 'Salva i valori' }).click();
    await expect(this.indicatorCard(indicator).getByTestId('indicator-summary')).toHaveText(
      summary,
    );
  }

  /** Enters a partner's value in a period with its breakdown parts, through the value form. */
  async valueWithParts(
    indicator: string,
    partner: string,
    period: string,
    value: string,
    parts: Record<string, string>,
  ): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Inserisci un valore' });
    await this.select(form, 'Indicatore', indicator);
    await this.select(form, 'Partner', partner);
    await this.select(form, 'Periodo', period);
    await form.getByRole('textbox', { name: 'Valore', exact: true }).fill(value);
    for (const [category, figure] of Object.entries(parts)) {
      await form.getByRole('textbox', { name: category, exact: true }).fill(figure);
    }
    await form.getByRole('button', { name: 'Salva' }).click();
    // The form empties its value once the value is written.
    await expect(form.getByRole('textbox', { name: 'Valore', exact: true })).toHaveValue('');
  }

  /** Records an expense; its date sets its quarter. */
  async expense(row: ExpenseRow): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Registra una spesa' });
    await this.select(form, 'Partner', row.partner);
    await this.select(form, 'Voce di spesa', row.costItem);
    await this.select(form, 'Fonte di finanziamento', row.source);
    await form.getByLabel('Data', { exact: true }).fill(row.date);
    await form.getByRole('textbox', { name: 'Documento (fattura, cedolino…)' }).fill(row.document);
    await form.getByRole('textbox', { name: 'Importo speso (€)' }).fill(row.amount);
    await form.getByRole('button', { name: 'Salva' }).click();
    await expect(
      this.page.getByTestId('expense-register').getByRole('row').filter({ hasText: row.document }),
    ).toBeVisible();
  }

  /** The card of one indicator on the project's page. */
  indicatorCard(name: string): Locator {
    return this.page.getByTestId('indicator-card').filter({ hasText: name });
  }
}
