import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { ProjectForms } from './pages/ProjectForms';
import { RegiaApp } from './pages/RegiaApp';
import { sharedDemoPage } from './sharedDemoPage';
import { textWithLibreOffice } from '../support/libreOffice';
import { textOfPdf } from '../support/pdfText';

// A step that waits this long is stuck, not slow: fail there instead of at the test's end.
test.use({ actionTimeout: 45_000 });

/** Amounts as Regia writes them: a no-break space before the euro sign. */
const euro = (text: string): string => text.replace(/ €/g, '\u00a0€');

// One app start serves both tests: the overview is read first, as the demo left it, then the Como
// project is set up beside the demo's own.
const sharedPage = sharedDemoPage();

test('on a Monday morning the overview names each overdue action’s owner, lists the projects to follow in plain words, and its tiles open their pages', async () => {
  const page = sharedPage();
  const app = new RegiaApp(page);
  await app.waitForDemo();
  const overdue = page.getByTestId('overdue-list');
  await expect(overdue.getByTestId('action-owner').first()).toBeVisible({ timeout: 30_000 });
  const owners = await overdue.getByTestId('action-owner').allInnerTexts();
  expect(owners.length).toBeGreaterThan(0);
  // Every line says who owns the action (or that no one does).
  expect(owners.every((owner) => owner.trim() !== '')).toBe(true);
  expect(owners.filter((owner) => owner !== 'senza ente responsabile')).not.toEqual([]);
  // The recent changes say what changed and which record, never a table's code name.
  const recent = page
    .getByRole('heading', { name: 'Ultime modifiche' })
    .locator('xpath=..')
    .getByRole('listitem');
  await expect(recent.first()).toBeVisible();
  for (const line of await recent.allInnerTexts()) {
    expect(line).not.toMatch(/\b[a-z]+[A-Z]?[a-zA-Z]* · (create|update|archive|delete)\b/);
  }
  const projects = page.getByTestId('projects-to-follow');
  await expect(
    projects.getByRole('link', { name: 'Sportello Lavoro Sud Est Milano' }),
  ).toHaveAttribute('href', /\/progetti\/[0-9a-f-]{36}$/);
  await expect(projects).toContainText(
    /Rapporto del \d° trim\. \d{4} da inviare entro il \d{2}\/\d{2}\/\d{4}/,
  );

  await page.getByRole('button', { name: /^Progetti attivi\s*\d+$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progetti' })).toBeVisible({
    timeout: 30_000,
  });
});

test('a Como-like project set up from the UI gives a quarterly report with the quarter and the cumulative figures, read back from Word and PDF', async () => {
  const page = sharedPage();
  // Some sixty form fields, LibreOffice reading the Word file and Chromium printing the PDF: about
  // four minutes with the machine's two cores shared by a load of 20, twice that allowed.
  test.setTimeout(540_000);
  // Last year's third and fourth quarters are always closed, whatever day the test runs.
  const year = new Date().getFullYear() - 1;
  const [afol, segrate] = ['AFOL Metropolitana', 'Comune di Segrate'];
  const [regione, cofinancing] = ['Regione Lombardia', 'Cofinanziamento partner'];
  const [staff, traineeships] = ['Operatori dell’inserimento', 'Tirocini e consulenze'];
  const app = new RegiaApp(page);
  const forms = new ProjectForms(page);
  await app.goTo('Progetti');

  await page.getByRole('button', { name: 'Nuovo progetto' }).click();
  await forms.dialog.getByRole('textbox', { name: 'Titolo' }).fill('Lavoro e disabilità Lario');
  await forms.dialog.getByLabel('Codice (CUP)').fill('CUP J19J24000010002');
  await forms.select(forms.dialog, 'Stato', 'In corso');
  await forms.dialog.getByLabel('Dal', { exact: true }).fill(`${year}-07-01`);
  await forms.dialog.getByLabel('Al', { exact: true }).fill(`${year + 2}-06-30`);
  await forms.partners([
    { organization: afol, role: 'capofila', share: '451000', lead: true },
    { organization: segrate, role: 'capofila', share: '300000', lead: true },
  ]);
  await forms.sources([
    { name: regione, amount: '591000', cofinancing: false },
    { name: cofinancing, amount: '160000', cofinancing: true },
  ]);
  await forms.costItems([
    { category: 'Personale', name: staff, planned: '500000' },
    { category: 'Servizi e consulenze', name: traineeships, planned: '251000' },
  ]);
  // The Excel sheet kept today: each voce split per partner and per source.
  const plan: [string, string, string, string][] = [
    [staff, afol, regione, '300000'],
    [staff, afol, cofinancing, '60000'],
    [staff, segrate, regione, '100000'],
    [staff, segrate, cofinancing, '40000'],
    [traineeships, afol, regione, '91000'],
    [traineeships, afol, cofinancing, '0'],
    [traineeships, segrate, regione, '100000'],
    [traineeships, segrate, cofinancing, '60000'],
  ];
  for (const cell of plan) await forms.planCell(...cell);
  await expect(forms.dialog.getByText('Il piano non torna')).toBeHidden();
  await forms.dialog.getByRole('button', { name: 'Salva' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lavoro e disabilità Lario' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(`${afol} (capofila); ${segrate} (capofila)`)).toBeVisible();

  await forms.addIndicator({
    name: 'Persone prese in carico',
    unit: 'persone',
    target: '200',
    breakdowns: ['Genere'],
  });
  await forms.addIndicator({
    name: 'Aziende coinvolte',
    unit: 'aziende',
    target: '40',
    combination: 'Valore più alto di un periodo (aziende coinvolte, contate ogni trimestre)',
    breakdowns: [],
  });
  await forms.addIndicator({
    name: 'Tirocini attivati',
    unit: 'tirocini',
    target: '60',
    breakdowns: ['Iscrizione L. 68/99'],
  });

  const [q3, q4] = [`3° trim. ${year}`, `4° trim. ${year}`];
  // Two partners' figures copied from a spreadsheet, names beside them, then typed row by row.
  await forms.gridFor('Persone prese in carico', q3);
  await forms.pasteIntoGrid(afol, `${afol}\t12\r\n${segrate}\t8\r\n`);
  await forms.saveGrid('Persone prese in carico', /^20 su 200/);
  await forms.gridFor('Persone prese in carico', q4);
  await forms.typeIntoGrid(afol, ['15', '10']);
  await forms.saveGrid('Persone prese in carico', /^45 su 200/);
  await forms.gridFor('Aziende coinvolte', q3);
  await forms.typeIntoGrid(afol, ['6', '4']);
  await forms.saveGrid('Aziende coinvolte', /^10 su 40/);
  await forms.gridFor('Aziende coinvolte', q4);
  await forms.typeIntoGrid(afol, ['9', '3']);
  // The same companies are counted again each quarter: each partner's highest, not the sum.
  await forms.saveGrid('Aziende coinvolte', /^13 su 40/);
  await forms.valueWithParts('Persone prese in carico', afol, q4, '15', {
    Donne: '7',
    Uomini: '8',
  });
  await forms.valueWithParts('Tirocini attivati', afol, q4, '5', {
    'Iscritti art. 1 (disabili)': '3',
    'Iscritti art. 18 (categorie protette)': '1',
  });
  await expect(
    forms.indicatorCard('Tirocini attivati').getByTestId('indicator-summary'),
  ).toHaveText(/^5 su 60/);

  await forms.expense({
    partner: afol,
    costItem: staff,
    source: regione,
    date: `${year}-09-15`,
    document: 'Cedolini luglio-settembre',
    amount: '10000',
  });
  await forms.expense({
    partner: afol,
    costItem: staff,
    source: regione,
    date: `${year}-11-30`,
    document: 'Cedolini ottobre-novembre',
    amount: '2000',
  });
  await forms.expense({
    partner: segrate,
    costItem: traineeships,
    source: cofinancing,
    date: `${year}-12-10`,
    document: `Fattura 118/${year}`,
    amount: '5500,5',
  });

  await page.getByRole('button', { name: 'Rapporto', exact: true }).click();
  await forms.select(forms.dialog, 'Periodo', `4° trimestre ${year}`);
  const download = page.waitForEvent('download');
  await forms.dialog.getByRole('button', { name: 'Word (DOCX)' }).click();
  const docxPath = path.join(mkdtempSync(path.join(tmpdir(), 'regia-lario-')), 'report.docx');
  await (await download).saveAs(docxPath);
  const lines = (await textWithLibreOffice(docxPath)).split(/\r?\n/).map((line) => line.trim());
  const after = (heading: string, first: string, count: number): string[] => {
    const start = lines.indexOf(heading);
    expect(start, heading).toBeGreaterThan(-1);
    const row = lines.indexOf(first, start);
    expect(row, `${heading}: ${first}`).toBeGreaterThan(start);
    return lines.slice(row + 1, row + 1 + count);
  };
  expect(lines).toContain(`Periodo: 4° trimestre ${year} (dal 01/10/${year} al 31/12/${year})`);
  // Planned, spent in the quarter, spent to date, residual.
  expect(after('Spesa per partner', afol, 4)).toEqual(
    ['451.000,00 €', '2.000,00 €', '12.000,00 €', '439.000,00 €'].map(euro),
  );
  expect(after('Spesa per partner', 'Totale', 4)).toEqual(
    ['751.000,00 €', '7.500,50 €', '17.500,50 €', '733.499,50 €'].map(euro),
  );
  expect(after('Spesa per voce di spesa', traineeships, 5)).toEqual([
    'Servizi e consulenze',
    ...['251.000,00 €', '5.500,50 €', '5.500,50 €', '245.499,50 €'].map(euro),
  ]);
  expect(after('Spesa per fonte', cofinancing, 3)).toEqual(
    ['160.000,00 €', '5.500,50 €', '5.500,50 €'].map(euro),
  );
  // Unit, target, in the quarter, to date.
  expect(after('Indicatori', 'Persone prese in carico', 4)).toEqual(['persone', '200', '25', '45']);
  expect(after('Indicatori', 'Aziende coinvolte', 4)).toEqual(['aziende', '40', '12', '13']);
  expect(after('Indicatori', 'Tirocini attivati', 4)).toEqual(['tirocini', '60', '5', '5']);
  expect(after('Beneficiari per caratteristica', 'Donne', 2)).toEqual(['7', '7']);
  expect(after('Beneficiari per caratteristica', 'Iscritti art. 1 (disabili)', 2)).toEqual([
    '3',
    '3',
  ]);
  expect(lines).toContain(
    'Tutti i totali tornano al centesimo: partner, voci di spesa e fonti danno la stessa spesa.',
  );

  // The same report printed to PDF from the dialog still open.
  await forms.dialog.getByRole('button', { name: 'Anteprima e PDF' }).click();
  await expect(page.getByTestId('print-root')).toBeAttached();
  const pdf = textOfPdf(await page.pdf({ format: 'A4', tagged: true }));
  expect(pdf).toContain(`Periodo: 4° trimestre ${year}`);
  expect(pdf).toMatch(/Totale\s+751\.000,00\s€\s+7\.500,50\s€\s+17\.500,50\s€\s+733\.499,50\s€/);
  // A long name wraps in its cell: the layout puts its first words on the row's line.
  expect(pdf).toMatch(/Persone prese(?: in carico)?\s+persone\s+200\s+25\s+45/);
  expect(pdf).toMatch(/Aziende(?: coinvolte)?\s+aziende\s+40\s+12\s+13/);
  expect(pdf).toMatch(/pag\. 1 di \d+/);
  expect(pdf).toMatch(/Il Presidente della cabina di regia\s+La Segreteria tecnica/);
});
