import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import * as XLSX from 'xlsx';
import { ActionsPage } from './pages/ActionsPage';
import { sharedDemoPage } from './sharedDemoPage';

// Each test walks several pages: on a busy machine that nears a minute.
test.describe.configure({ timeout: 120_000 });

/** Opens the app with the demo network on the Azioni page. */
async function demoActions(page: Page): Promise<ActionsPage> {
  const actions = new ActionsPage(page);
  await actions.app.open();
  await actions.app.waitForDemo();
  await actions.open();
  return actions;
}

/**
 * The shared page's Azioni page as a fresh visit shows it: by address to the overview first, which
 * closes whatever drawer a previous test left open, so the page opens again with no filter,
 * grouping, view or selection of a previous test.
 */
async function freshActions(page: Page): Promise<ActionsPage> {
  const actions = new ActionsPage(page);
  await page.goto('./#/');
  await actions.app.waitForDemo();
  await actions.open();
  return actions;
}

/** Creates an action from the Azioni page with the fields a test needs. */
async function createAction(
  actions: ActionsPage,
  fields: { title: string; owner?: string; dueDate?: string },
): Promise<void> {
  const { page } = actions;
  await page.getByRole('button', { name: 'Nuova azione' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nuova azione' });
  await dialog.getByRole('textbox', { name: 'Titolo' }).fill(fields.title);
  if (fields.owner) await actions.choose(dialog, 'Ente responsabile', fields.owner);
  if (fields.dueDate) await dialog.getByLabel('Scadenza').fill(fields.dueDate);
  await dialog.getByRole('button', { name: 'Crea' }).click();
  await expect(page.getByText(`Azione «${fields.title}» creata`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

test('an action shows up among the overdue ones once its due date passes', async ({
  demoPage: page,
}) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
  const actions = await demoActions(page);
  const title = 'Consegnare il report trimestrale alla Regione';
  await createAction(actions, { title, owner: 'AFOL Metropolitana', dueDate: '2026-03-04' });

  await actions.app.goTo('Panoramica');
  const overdueBefore = await actions.app.statistic('stat-overdue');
  await expect(page.getByTestId('due-this-week-list')).toContainText(title);
  await expect(page.getByTestId('due-this-week-list')).toContainText('scade tra 2 giorni');
  await expect(page.getByTestId('overdue-list')).not.toContainText(title);

  // Two days later, with the page left open, it falls due today; one more day and it is overdue.
  await page.clock.fastForward(48 * 60 * 60 * 1000);
  await expect(page.getByTestId('due-this-week-list')).toContainText(
    `${title}AFOL Metropolitana4 mar 2026 · scade oggi`,
  );
  await expect(page.getByTestId('overdue-list')).not.toContainText(title);
  await page.clock.fastForward(24 * 60 * 60 * 1000);
  await expect(page.getByTestId('overdue-list')).toContainText(
    `${title}AFOL Metropolitana4 mar 2026 · scaduta ieri`,
  );
  await expect(page.getByTestId('due-this-week-list')).not.toContainText(title);
  expect(await actions.app.statistic('stat-overdue')).toBeGreaterThan(overdueBefore);

  await actions.open();
  await page.getByRole('checkbox', { name: 'Solo scadute' }).check();
  await expect(actions.row(title)).toContainText('scaduta ieri');
});

// The tests below only read or write records of their own (their actions, named for them; counts
// taken before and after within the test): one page holding the demo network serves them all.
test.describe('on one page holding the demo network', () => {
  const sharedPage = sharedDemoPage();

  test('an action created from a meeting’s agenda item links back to it and is reviewed there', async () => {
    const page = sharedPage();
    const actions = new ActionsPage(page);
    await actions.app.goTo('Riunioni');
    const meetingTitle = 'Monitoraggio e sottoscrizione del protocollo d’intesa';
    await page
      .getByTestId('meetings-list')
      .getByRole('row', { name: new RegExp(meetingTitle) })
      .getByRole('link')
      .click();
    await page.getByRole('tab', { name: 'Seduta in corso' }).click();
    const item = 'Stato di avanzamento delle azioni';
    await page
      .getByRole('navigation', { name: 'Ordine del giorno' })
      .getByRole('button', { name: new RegExp(`^\\d+\\. ${item}`) })
      .click();
    const panel = page.getByTestId('item-recorder');
    await expect(panel).toContainText(item);
    const openReview = panel.getByTestId('action-review-open');
    const openBefore = Number(/\((\d+)\)/.exec(await openReview.innerText())?.[1]);
    await panel.getByRole('button', { name: `Nuova azione dal punto «${item}»` }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuova azione' });
    // The form loads its lookups behind a loader first: past 10 s under a load of 30.
    await expect(dialog.getByRole('link', { name: new RegExp(item) })).toBeVisible({
      timeout: 30_000,
    });
    const title = 'Sollecitare le schede di aggiornamento mancanti';
    await dialog.getByRole('textbox', { name: 'Titolo' }).fill(title);
    await actions.choose(dialog, 'Ente responsabile', 'AFOL Metropolitana');
    await dialog.getByRole('button', { name: 'Crea' }).click();
    await expect(dialog).toBeHidden();

    await expect(panel.getByTestId('agenda-item-actions').filter({ hasText: title })).toBeVisible();
    await expect(openReview).toContainText(`Aperte (${openBefore + 1})`);
    await expect(panel.getByTestId('action-review-overdue')).not.toContainText(title);

    await actions.open();
    await actions.search('schede di aggiornamento mancanti');
    expect(await actions.count()).toBe(1);
    const drawer = await actions.openEditor(title);
    const origin = drawer.getByTestId('action-origin');
    await expect(origin).toHaveText(new RegExp(`^Seduta n\\. \\d+/\\d{4} · ${item}$`));
    await expect(origin).toHaveAttribute('href', /^#\/riunioni\/seduta\/[0-9a-f-]+\/live$/);
    await expect(drawer.getByTestId('action-timeline')).toContainText('Stato iniziale: Da avviare');
    await origin.click();
    await expect(page.getByTestId('item-recorder')).toBeVisible();
  });

  test('the table filters by status and groups the result by owner, each group counted', async () => {
    const page = sharedPage();
    // Tall enough for the virtualized table to draw every row and heading of the filtered list.
    await page.setViewportSize({ width: 1280, height: 2400 });
    const actions = await freshActions(page);
    const total = await actions.count();
    const table = page.getByTestId('actions-table');
    await page
      .getByRole('region', { name: 'Filtri' })
      .getByRole('combobox', { name: 'Stato' })
      .click();
    await page.getByRole('option', { name: 'In corso' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => actions.count()).toBeLessThan(total);
    const inProgress = await actions.count();
    expect(inProgress).toBeGreaterThan(1);
    const rows = table.locator('tbody tr[data-action-id]');
    await expect(rows).toHaveCount(inProgress);
    for (const status of await rows.locator('td:nth-child(5)').allTextContents()) {
      expect(status).toBe('In corso');
    }

    await actions.choose(page.getByRole('main'), 'Raggruppa per', 'Ente responsabile');
    const headings = table.locator('tbody tr[data-group]');
    await expect(headings.first()).toBeVisible();
    const counts = (await headings.allInnerTexts()).map((text) =>
      Number(/· (\d+) azion[ei]/.exec(text)?.[1]),
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(inProgress);
    await expect(rows).toHaveCount(inProgress);

    await page.getByRole('button', { name: 'Azzera filtri' }).click();
    await expect.poll(() => actions.count()).toBe(total);
    await expect(headings.first()).toBeVisible();
    // Back to the default size for the tests that follow on this page.
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  test('the board moves an action by drag and drop and by keyboard, and the timeline records both', async () => {
    const page = sharedPage();
    const actions = await freshActions(page);
    const title = 'Convocare il tavolo tecnico sulla logistica';
    const before = await actions.count();
    await createAction(actions, { title, owner: 'Comune di Segrate' });
    await expect.poll(() => actions.count()).toBe(before + 1);
    await actions.search('tavolo tecnico sulla logistica');
    await actions.view('Bacheca');
    await expect(actions.column('daAvviare')).toContainText(title);

    await actions.dragCard(title, 'inCorso');
    await expect(actions.column('inCorso')).toContainText(title);
    await expect(actions.column('daAvviare')).not.toContainText(title);
    await expect(page.getByText(`«${title}» spostata in «In corso»`)).toBeVisible();

    await actions.moveCardWithKeyboard(title, 2);
    await expect(actions.column('bloccata')).toContainText(title);
    await expect(actions.column('inCorso')).not.toContainText(title);

    await actions.moveCardWithKeyboard(title, -1);
    await expect(actions.column('completata')).toContainText(title);

    const drawer = await actions.openEditor(title);
    const timeline = drawer.getByTestId('action-timeline');
    await expect(timeline).toContainText('Stato: Bloccata → Completata');
    await expect(timeline).toContainText('Stato: In corso → Bloccata');
    await expect(timeline).toContainText('Stato: Da avviare → In corso');
    await expect(timeline).toContainText('Avanzamento: 0% → 100%');
  });

  test('the board’s “move to” menu changes the status without dragging', async () => {
    const page = sharedPage();
    const actions = await freshActions(page);
    const title = 'Aggiornare la mappa dei servizi per l’impiego';
    await createAction(actions, { title });
    await actions.search('mappa dei servizi per l’impiego');
    await actions.view('Bacheca');
    await actions
      .card(title)
      .getByRole('button', { name: `Sposta «${title}» in…` })
      .click();
    await page.getByRole('menuitem', { name: 'Annullata' }).click();
    await expect(actions.column('annullata')).toContainText(title);
  });

  test('bulk edit changes status, owner and due date of three actions, with a timeline entry each', async () => {
    const page = sharedPage();
    const actions = await freshActions(page);
    const titles = (await actions.visibleTitles()).slice(0, 3);
    expect(titles).toHaveLength(3);
    for (const title of titles) {
      await actions
        .row(title)
        .getByRole('checkbox', { name: `Seleziona «${title}»` })
        .check();
    }
    const bulk = page.getByRole('region', { name: 'Modifica di più azioni' });
    await expect(bulk.getByTestId('bulk-count')).toHaveText('3 azioni selezionate');
    await actions.choose(bulk, 'Nuovo stato', 'Bloccata');
    await actions.choose(bulk, 'Nuovo ente responsabile', 'Comune di Pioltello');
    await bulk.getByLabel('Nuova scadenza').fill('2027-01-29');
    // Any completed one among them is reopened: its new progress is asked for.
    await bulk.getByLabel('Avanzamento delle azioni riaperte (%)').fill('50');
    await bulk.getByRole('button', { name: 'Applica alle selezionate' }).click();
    await page
      .getByRole('dialog', { name: 'Confermi?' })
      .getByRole('button', { name: 'Conferma' })
      .click();
    await expect(page.getByText('3 azioni aggiornate')).toBeVisible();
    await expect(bulk).toBeHidden();

    const filters = page.getByRole('region', { name: 'Filtri' });
    await actions.choose(filters, 'Ente responsabile', 'Comune di Pioltello');
    await page.getByLabel('Scadenza dal').fill('2027-01-29');
    await page.getByLabel('Scadenza al').fill('2027-01-29');
    await expect.poll(() => actions.count()).toBe(3);
    for (const title of titles) {
      await expect(actions.row(title)).toContainText('Bloccata');
      await expect(actions.row(title)).toContainText('Comune di Pioltello');
    }
    const drawer = await actions.openEditor(titles[0] ?? '');
    const timeline = drawer.getByTestId('action-timeline');
    await expect(timeline).toContainText('→ Bloccata');
    await expect(timeline).toContainText('→ 29 gen 2027');
    await expect(timeline).toContainText('Ente responsabile:');
    await expect(timeline).toContainText('→ Comune di Pioltello');
  });

  test('a progress of 150 or -5 is refused with a message, never cut to 15 or 05', async () => {
    const page = sharedPage();
    const actions = await freshActions(page);
    const title = 'Verificare l’avanzamento dei tirocini';
    await createAction(actions, { title });
    await actions.search('avanzamento dei tirocini');
    const drawer = await actions.openEditor(title);
    const progress = drawer.getByRole('textbox', { name: 'Avanzamento (%)' });
    for (const typed of ['150', '-5']) {
      await progress.fill(typed);
      await expect(progress).toHaveValue(typed);
      await drawer.getByRole('button', { name: 'Salva modifiche' }).click();
      await expect(drawer.getByText('L’avanzamento va da 0 a 100')).toBeVisible();
    }
    await expect(drawer).toBeVisible();
  });

  test('an inverted due-date range says so instead of silently showing nothing', async () => {
    const page = sharedPage();
    await freshActions(page);
    await page.getByLabel('Scadenza dal').fill('2026-06-30');
    await page.getByLabel('Scadenza al').fill('2026-06-01');
    await expect(page.getByText('La data «al» precede la data «dal»')).toBeVisible();
  });

  test('the overdue tile of the overview opens the actions filtered to the overdue ones', async () => {
    const page = sharedPage();
    const actions = await freshActions(page);
    await actions.app.goTo('Panoramica');
    const overdue = await actions.app.statistic('stat-overdue');
    await page.getByRole('button', { name: /^Azioni scadute\s*\d+$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Azioni' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Solo scadute' })).toBeChecked();
    await expect.poll(() => actions.count()).toBe(overdue);
  });

  test('the filtered list exports to an xlsx of its rows, formulas kept as text', async () => {
    const page = sharedPage();
    const actions = await freshActions(page);
    const formulaTitle = '=1+1 prova di formula';
    await createAction(actions, {
      title: formulaTitle,
      owner: 'Assolombarda',
      dueDate: '2026-12-31',
    });
    const filters = page.getByRole('region', { name: 'Filtri' });
    await actions.choose(filters, 'Ente responsabile', 'Assolombarda');
    await expect.poll(() => actions.count()).toBeGreaterThan(1);
    const count = await actions.count();

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Esporta in Excel' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^azioni-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // What is in the file as a spreadsheet program shows it (dates, LibreOffice's reading) is checked
    // by the unit test exportActionsLibreOffice.test.ts; here, that the rows are the page's.
    const workbook = XLSX.read(await readFile(await download.path()), { type: 'buffer' });
    const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('The exported workbook has no sheet.');
    const [header, ...rows] = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false });
    expect(header?.slice(0, 3)).toEqual(['Titolo', 'Ente responsabile', 'Referente']);
    expect(rows.filter((row) => row.some((cell) => cell !== ''))).toHaveLength(count);
    const column = (name: string): number => header?.indexOf(name) ?? -1;
    const exported = rows.find((row) => row[column('Titolo')] === formulaTitle);
    expect(exported).toBeDefined();
    expect(exported?.[column('Ente responsabile')]).toBe('Assolombarda');
    expect(exported?.[column('Stato')]).toBe('Da avviare');
    expect(rows.every((row) => row[column('Ente responsabile')] === 'Assolombarda')).toBe(true);
    const formulas = Object.entries(sheet).filter(
      ([address, cell]: [string, XLSX.CellObject]) => !address.startsWith('!') && cell.f,
    );
    expect(formulas).toEqual([]);
  });

  test('a saved filter comes back after a reload and applies in one click', async () => {
    const page = sharedPage();
    const actions = await freshActions(page);
    const all = await actions.count();
    await page.getByRole('checkbox', { name: 'Solo scadute' }).check();
    await expect.poll(() => actions.count()).toBeLessThan(all);
    const overdue = await actions.count();
    await page.getByRole('button', { name: 'Filtri salvati' }).click();
    await page.getByRole('menuitem', { name: 'Salva i filtri attuali…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Salva i filtri attuali…' });
    await dialog.getByRole('textbox', { name: 'Nome del filtro' }).fill('Da sollecitare');
    await dialog.getByRole('button', { name: 'Salva' }).click();
    await expect(page.getByText('Filtro «Da sollecitare» salvato')).toBeVisible();

    await page.reload();
    await actions.open();
    expect(await actions.count()).toBe(all);
    await page.getByRole('button', { name: 'Filtri salvati' }).click();
    await page.getByRole('menuitem', { name: 'Applica «Da sollecitare»' }).click();
    await expect(page.getByRole('checkbox', { name: 'Solo scadute' })).toBeChecked();
    await expect.poll(() => actions.count()).toBe(overdue);
  });

  test('the actions page, its board, its editor and its forms have no serious accessibility violation', async () => {
    const page = sharedPage();
    // Four whole-page axe scans and two of a dialog: a whole page took 18–45 s under a load of 20–25.
    test.setTimeout(480_000);
    const actions = await freshActions(page);
    const violations: string[] = [];
    // A drawer or a form over the table, scanned whole just before, is scanned alone.
    const scan = async (where: string, dialogOnly = false): Promise<void> => {
      const found = dialogOnly
        ? await actions.app.dialogAccessibilityViolations()
        : await actions.app.seriousAccessibilityViolations();
      violations.push(...found.map((violation) => `${where}: ${violation}`));
    };
    const [first] = await actions.visibleTitles();
    await actions
      .row(first ?? '')
      .getByRole('checkbox')
      .check();
    await scan('table with selection');
    await actions.view('Bacheca');
    await expect(page.getByTestId('board-card').first()).toBeVisible();
    await scan('board');
    await actions.view('Per ente');
    await page.getByRole('button', { name: /Mostra le azioni di AFOL/ }).click();
    await scan('per partner');
    await actions.view('Tabella');
    await actions.openEditor(first ?? '');
    await scan('edit drawer', true);
    await page
      .getByRole('dialog', { name: 'Azione' })
      .getByRole('button', { name: 'Chiudi' })
      .click();
    await page.getByRole('button', { name: 'Nuova azione' }).click();
    await expect(page.getByRole('dialog', { name: 'Nuova azione' })).toBeVisible();
    await scan('new action', true);
    await page.keyboard.press('Escape');
    await actions.app.goTo('Riunioni');
    await page
      .getByTestId('meetings-list')
      .getByRole('row', { name: /Monitoraggio e sottoscrizione/ })
      .getByRole('link')
      .click();
    await page.getByRole('tab', { name: 'Seduta in corso' }).click();
    await page
      .getByRole('navigation', { name: 'Ordine del giorno' })
      .getByRole('button', { name: /^\d+\. Stato di avanzamento delle azioni/ })
      .click();
    await expect(page.getByTestId('action-review').first()).toBeVisible();
    await scan('meeting with action review');
    expect(violations).toEqual([]);
  });
});
