import { expect, type Locator, type Page } from '@playwright/test';
import { RegiaApp } from './RegiaApp';

/** The fields of the organization dialog a test may fill, by their Italian label. */
export type OrganizationInput = {
  name: string;
  vatNumber?: string;
  taxCode?: string;
  email?: string;
  phone?: string;
};

/** A page model of the roster (Rete) and of an organization's page. */
export class RosterPage {
  readonly app: RegiaApp;

  constructor(readonly page: Page) {
    this.app = new RegiaApp(page);
  }

  /** Creates a network from the empty state, so the roster has somewhere to add members. */
  async createNetwork(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Crea una nuova rete' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nuova rete' });
    await dialog.getByLabel('Nome della rete').fill(name);
    await dialog.getByRole('button', { name: 'Crea' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** The search box above the table. */
  get searchBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Cerca', exact: true });
  }

  /** The rendered rows of the roster table. */
  get rows(): Locator {
    return this.app.tableRows('roster-table');
  }

  /** The row of one organization. */
  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  /** The dialog that creates an organization. */
  get newOrganizationDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Nuovo ente' });
  }

  /** Opens the dialog that creates an organization. */
  async openNewOrganization(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Nuovo ente' }).click();
    await expect(this.newOrganizationDialog).toBeVisible();
    return this.newOrganizationDialog;
  }

  /** Fills the given fields of the organization dialog. */
  async fillOrganization(dialog: Locator, input: OrganizationInput): Promise<void> {
    await dialog.getByRole('textbox', { name: 'Nome', exact: true }).fill(input.name);
    if (input.vatNumber !== undefined) await dialog.getByLabel('Partita IVA').fill(input.vatNumber);
    if (input.taxCode !== undefined) await dialog.getByLabel('Codice fiscale').fill(input.taxCode);
    if (input.email !== undefined)
      await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill(input.email);
    if (input.phone !== undefined) await dialog.getByLabel('Telefono').fill(input.phone);
  }

  /** Types the start of a comune and picks it from ISTAT's suggestions. */
  async pickComune(dialog: Locator, typed: string, comune: string): Promise<void> {
    await dialog.getByRole('combobox', { name: 'Comune' }).fill(typed);
    await this.page
      .getByRole('option', { name: new RegExp(`^${comune}\\b`) })
      .first()
      .click();
  }

  /** Creates an organization in the current network with a comune picked from the suggestions. */
  async createOrganization(
    input: OrganizationInput & { comune?: [string, string] },
  ): Promise<void> {
    const dialog = await this.openNewOrganization();
    await this.fillOrganization(dialog, input);
    if (input.comune) await this.pickComune(dialog, ...input.comune);
    await dialog.getByRole('button', { name: /^Crea/ }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(input.name)).toHaveCount(1);
  }

  /** Opens an organization's page from its row. */
  async openOrganization(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** Opens a section of the organization's page. */
  async openSection(name: RegExp | string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Adds a contact from the organization's Referenti section. */
  async addContact(firstName: string, lastName: string, email: string): Promise<void> {
    await this.openSection(/^Referenti/);
    await this.page.getByRole('button', { name: 'Nuovo referente' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nuovo referente' });
    await dialog.getByRole('textbox', { name: 'Nome', exact: true }).fill(firstName);
    await dialog.getByRole('textbox', { name: 'Cognome', exact: true }).fill(lastName);
    await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await dialog.getByRole('button', { name: 'Crea' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.app.tableRows('contacts-table').filter({ hasText: lastName })).toHaveCount(1);
  }

  /** Goes back from an organization's page to the list. */
  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: 'Torna all’elenco' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Enti della rete' }),
    ).toBeVisible();
  }
}
