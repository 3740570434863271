import { expect, type Locator, type Page } from '@playwright/test';
import { RegiaApp } from './RegiaApp';

/** A page model of Progetti and of one project's page. */
export class ProjectsPage {
  constructor(readonly page: Page) {}

  /** Opens Regia with the demo network loaded, on the Progetti page. */
  async openDemoProjects(): Promise<RegiaApp> {
    const app = new RegiaApp(this.page);
    await app.open();
    await app.waitForDemo();
    await app.goTo('Progetti');
    return app;
  }

  /**
   * In an app already open, goes by address to the overview (closing whatever a previous test left
   * open), then to Progetti through the navigation, on its list of projects.
   */
  async showProjects(): Promise<RegiaApp> {
    const app = new RegiaApp(this.page);
    await this.page.goto('./#/');
    await app.waitForDemo();
    await app.goTo('Progetti');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Progetti' })).toBeVisible();
    return app;
  }

  /** Follows the link to a project's page and waits for its heading. */
  async openProject(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title }).click();
    // The page reads the project, its values, spending and the network's bodies: slow under load.
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible({
      timeout: 60_000,
    });
  }

  /** Opens the report dialog and picks the period: a quarter, or the whole project. */
  async openReport(period: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Rapporto', exact: true }).click();
    await this.pick(this.dialog, 'Periodo', period);
  }

  /** The open modal dialog. */
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Picks an option of a Mantine select inside a scope, typing to narrow a long list. */
  async choose(scope: Locator, label: string, option: string): Promise<void> {
    const input = scope.getByRole('combobox', { name: label, exact: true });
    if ((await input.inputValue()) === option) return;
    await input.click();
    await input.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Picks an option of a Mantine select that does not take typing. */
  async pick(scope: Locator, label: string, option: string): Promise<void> {
    const input = scope.getByRole('combobox', { name: label, exact: true });
    if ((await input.inputValue()) === option) return;
    await input.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Adds a partner row to the project form and fills it. */
  async addPartner(
    number: number,
    organization: string,
    role: string,
    share: string,
  ): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Aggiungi partner' }).click();
    await this.choose(this.dialog, `Partner ${number}`, organization);
    await this.dialog.getByLabel(`Ruolo ${number}`, { exact: true }).fill(role);
    await this.dialog.getByLabel(`Quota di budget (€) ${number}`, { exact: true }).fill(share);
  }

  /** Adds a funding source row to the project form and fills it. */
  async addSource(number: number, name: string, amount: string): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Aggiungi fonte' }).click();
    await this.dialog.getByLabel(`Fonte ${number}`, { exact: true }).fill(name);
    await this.dialog.getByLabel(`Importo (€) ${number}`, { exact: true }).fill(amount);
  }

  /** Adds an indicator to the open project. */
  async addIndicator(name: string, unit: string, target: string, kind = 'Output'): Promise<void> {
    await this.page.getByRole('button', { name: 'Nuovo indicatore' }).click();
    await this.dialog.getByRole('textbox', { name: 'Indicatore', exact: true }).fill(name);
    await this.dialog.getByLabel('Unità di misura').fill(unit);
    await this.dialog.getByRole('textbox', { name: 'Target' }).fill(target);
    if (kind !== 'Output') await this.pick(this.dialog, 'Tipo', kind);
    await this.dialog.getByRole('button', { name: 'Salva' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Enters an indicator's value for a partner in a period. */
  async enterValue(
    indicator: string,
    partner: string,
    period: string,
    value: string,
  ): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Inserisci un valore' });
    await this.pick(form, 'Indicatore', indicator);
    await this.choose(form, 'Partner', partner);
    await this.choose(form, 'Periodo', period);
    await form.getByRole('textbox', { name: 'Valore', exact: true }).fill(value);
    await form.getByRole('button', { name: 'Salva' }).click();
    await expect(this.page.getByText(/Valore (salvato|aggiornato)/).first()).toBeVisible();
  }

  /** Records an amount a partner spent in a period. */
  async enterExpenditure(partner: string, period: string, amount: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Registra una spesa' });
    await this.choose(form, 'Partner', partner);
    await this.choose(form, 'Periodo', period);
    await form.getByRole('textbox', { name: 'Importo speso (€)' }).fill(amount);
    await form.getByRole('button', { name: 'Salva' }).click();
    await expect(this.page.getByText('Spesa registrata').first()).toBeVisible();
  }

  /** The card of one indicator on the project's page. */
  indicatorCard(name: string): Locator {
    return this.page.getByTestId('indicator-card').filter({ hasText: name });
  }
}
