import { expect, test } from './fixtures';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ProjectsPage } from './pages/ProjectsPage';
import { sharedDemoPage } from './sharedDemoPage';
import { textWithLibreOffice } from '../support/libreOffice';
import { textOfPdf } from '../support/pdfText';

const euro = (text: string): string => text.replace(/ €/g, '\u00a0€');

// One page holding the demo network serves the three tests: the first creates its own project, the
// second only reads the demo's, and the last, which concludes the demo's project, comes after it.
test.describe('on one page holding the demo network', () => {
  const sharedPage = sharedDemoPage();

  test('a project with two partners, two indicators and a budget shows its totals, chart and DOCX report', async () => {
    const page = sharedPage();
    test.setTimeout(90_000);
    const projects = new ProjectsPage(page);
    await projects.showProjects();

    await page.getByRole('button', { name: 'Nuovo progetto' }).click();
    const dialog = projects.dialog;
    await dialog.getByRole('textbox', { name: 'Titolo' }).fill('Inclusione lavorativa Città Sud');
    await dialog.getByLabel('Codice (CUP)').fill('CUP E12F26000010001');
    await projects.pick(dialog, 'Stato', 'In corso');
    await dialog.getByLabel('Dal', { exact: true }).fill('2026-01-01');
    await dialog.getByLabel('Al', { exact: true }).fill('2026-12-31');
    await projects.addPartner(1, 'AFOL Metropolitana', 'capofila', '60000');
    await projects.addPartner(2, 'Comune di Segrate', 'partner', '40000');
    await projects.addSource(1, 'Fondo Regionale Disabili', '80000');
    await projects.addSource(2, 'Cofinanziamento partner', '20000');
    await dialog.getByRole('button', { name: 'Salva' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Inclusione lavorativa Città Sud' }),
    ).toBeVisible();

    await projects.addIndicator('Persone prese in carico', 'persone', '100');
    await projects.addIndicator('Aziende contattate', 'aziende', '40', 'Risultato');
    await projects.enterValue(
      'Persone prese in carico',
      'AFOL Metropolitana',
      '1° trim. 2026',
      '12',
    );
    await projects.enterValue(
      'Persone prese in carico',
      'AFOL Metropolitana',
      '2° trim. 2026',
      '20',
    );
    await projects.enterValue('Persone prese in carico', 'Comune di Segrate', '1° trim. 2026', '8');
    await projects.enterValue('Aziende contattate', 'Comune di Segrate', '2° trim. 2026', '12');
    await projects.enterExpenditure('Comune di Segrate', '2° trim. 2026', '20000,5');

    const people = projects.indicatorCard('Persone prese in carico');
    await expect(people.getByTestId('indicator-summary')).toHaveText('40 su 100 (40%)');
    await expect(people.locator('tbody tr').first()).toHaveText(
      /AFOL Metropolitana\s*12\s*20\s*32\s*32%/,
    );
    await expect(people.getByTestId('indicator-total')).toHaveText('40');
    await expect(people.locator('.recharts-line-curve')).toBeVisible();
    await expect(
      projects.indicatorCard('Aziende contattate').getByTestId('indicator-summary'),
    ).toHaveText('12 su 40 (30%)');
    await expect(page.getByTestId('budget-total')).toHaveText(
      euro('Budget totale 100.000,00 €, speso 20.000,50 €, residuo 79.999,50 €'),
    );
    await expect(
      page.getByTestId('budget-chart').locator('.recharts-bar-rectangle').first(),
    ).toBeVisible();

    await projects.openReport('Tutto il progetto, a oggi');
    const download = page.waitForEvent('download');
    await projects.dialog.getByRole('button', { name: 'Word (DOCX)' }).click();
    const docx = await download;
    expect(docx.suggestedFilename()).toMatch(/^monitoraggio-cup-e12f26000010001-.*\.docx$/);
    const docxPath = path.join(mkdtempSync(path.join(tmpdir(), 'regia-report-')), 'report.docx');
    await docx.saveAs(docxPath);
    const text = await textWithLibreOffice(docxPath);
    expect(text).toContain('Rapporto di monitoraggio: Inclusione lavorativa Città Sud');
    const lines = text.split(/\r?\n/).map((line) => line.trim());
    const peopleRow = lines.indexOf('Persone prese in carico');
    expect(lines.slice(peopleRow, peopleRow + 14)).toEqual([
      'Persone prese in carico',
      'Output',
      'persone',
      '0',
      '100',
      '40',
      '40%',
      'Aziende contattate',
      'Risultato',
      'aziende',
      '0',
      '40',
      '12',
      '30%',
    ]);
    expect(text).toContain(euro('20.000,50 €'));
    // Closed as a person leaves it, so the next test on this page finds the page uncovered.
    await page.keyboard.press('Escape');
    await expect(projects.dialog).toBeHidden();
  });

  test('the quarterly report of the first quarter, saved as DOCX, sets the quarter beside the cumulative figures and reconciles them', async () => {
    const page = sharedPage();
    // LibreOffice reads the Word file and Chromium prints the PDF: allow for a loaded machine.
    test.setTimeout(300_000);
    const projects = new ProjectsPage(page);
    await projects.showProjects();
    await projects.openProject('Sportello Lavoro Sud Est Milano');
    // The demo runs over this calendar year, so its first quarter is always offered.
    const year = new Date().getFullYear();
    await projects.openReport(`1° trimestre ${year}`);
    const download = page.waitForEvent('download');
    await projects.dialog.getByRole('button', { name: 'Word (DOCX)' }).click();
    const docx = await download;
    expect(docx.suggestedFilename()).toMatch(
      new RegExp(`^rapporto-trimestrale-.+-${year}-q1\\.docx$`),
    );
    const docxPath = path.join(mkdtempSync(path.join(tmpdir(), 'regia-quarterly-')), 'report.docx');
    await docx.saveAs(docxPath);
    const lines = (await textWithLibreOffice(docxPath)).split(/\r?\n/).map((line) => line.trim());
    expect(lines).toContain(`Periodo: 1° trimestre ${year} (dal 01/01/${year} al 31/03/${year})`);
    const totalsAfter = (heading: string): string[] => {
      const start = lines.indexOf(heading);
      const total = lines.indexOf('Totale', start);
      expect(start).toBeGreaterThan(-1);
      return lines.slice(total + 1, total + 6);
    };
    const [planned, inQuarter, toDate] = totalsAfter('Spesa per partner');
    expect(planned).toBe(euro('751.000,00 €'));
    // Nothing comes before the first quarter: the quarter is the whole of the cumulative figure.
    expect(inQuarter).toBe(toDate);
    expect(inQuarter).not.toBe(euro('0,00 €'));
    expect(totalsAfter('Spesa per fonte')).toEqual(totalsAfter('Spesa per partner'));
    expect(lines).toContain('Speso nel trimestre');
    expect(lines).toContain('Speso cumulato');
    // The demo's project has no voci di spesa: its spending is drawn per partner.
    expect(lines).toContain(`Grafico: spesa per partner, prevista e sostenuta al 31/03/${year}`);

    // The same report, from the dialog still open, printed to PDF: the quarter's and the cumulative figures.
    await projects.dialog.getByRole('button', { name: 'Anteprima e PDF' }).click();
    await expect(page.getByTestId('print-root')).toBeAttached();
    const pdf = textOfPdf(await page.pdf({ format: 'A4', tagged: true }));
    const amount = (text: string): string => text.replace(/[.]/g, '\\.').replace(/\s/g, '\\s');
    expect(pdf).toContain(`Periodo: 1° trimestre ${year}`);
    expect(pdf).toMatch(
      new RegExp(
        `Totale\\s+751\\.000,00\\s€\\s+${amount(inQuarter ?? '')}\\s+${amount(toDate ?? '')}`,
      ),
    );
    expect(pdf).toContain('Grafico: indicatori raggiunti');
    await page.getByRole('button', { name: 'Chiudi' }).click();
    await expect(page.getByTestId('print-root')).not.toBeAttached();
  });

  test('a concluded project becomes a good practice found in the register; project pages pass axe and print to PDF', async () => {
    const page = sharedPage();
    test.setTimeout(180_000);
    const projects = new ProjectsPage(page);
    const app = await projects.showProjects();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    await page.getByRole('tab', { name: 'Monitoraggio della rete' }).click();
    await expect(page.getByTestId('projects-overview')).toContainText(
      'Sportello Lavoro Sud Est Milano',
    );
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    await projects.openProject('Sportello Lavoro Sud Est Milano');
    await expect(
      page.getByTestId('indicator-card').first().locator('.recharts-line-curve'),
    ).toBeVisible();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);

    await projects.openReport('Tutto il progetto, a oggi');
    await projects.dialog.getByRole('button', { name: 'Anteprima e PDF' }).click();
    await expect(page.getByTestId('print-root')).toBeAttached();
    const pdf = textOfPdf(await page.pdf());
    expect(pdf).toMatch(/Rapporto di monitoraggio: Sportello Lavoro Sud Est\s+Milano/);
    expect(pdf).toMatch(/Totale\s+751\.000,00\s€/);
    await page.getByRole('button', { name: 'Chiudi' }).click();
    await expect(page.getByTestId('print-root')).not.toBeAttached();

    await expect(page.getByRole('button', { name: 'Segna come buona prassi' })).toBeDisabled();
    await page.getByRole('button', { name: 'Modifica progetto' }).click();
    await projects.pick(projects.dialog, 'Stato', 'Concluso');
    await projects.dialog.getByRole('button', { name: 'Salva' }).click();
    await expect(projects.dialog).toBeHidden();
    await page.getByRole('button', { name: 'Segna come buona prassi' }).click();
    await projects.dialog
      .getByLabel('Descrizione')
      .fill('Uno sportello unico per la città e i comuni');
    await projects.dialog
      .getByLabel('Che cosa ha funzionato')
      .fill('Colloqui di orientamento entro una settimana');
    await projects.dialog.getByLabel('Per chi').fill('Disoccupati residenti nel Sud-Est');
    await projects.dialog.getByRole('button', { name: 'Salva' }).click();
    await expect(projects.dialog).toBeHidden();

    await page.getByRole('link', { name: 'Tutti i progetti' }).click();
    await page.getByRole('tab', { name: 'Buone prassi' }).click();
    await page.getByLabel('Cerca nelle buone prassi').fill('CITTA orientamento');
    await expect(app.tableRows('good-practices')).toHaveCount(1);
    await expect(app.tableRows('good-practices')).toContainText('Sportello Lavoro Sud Est Milano');
    await page.getByLabel('Cerca nelle buone prassi').fill('formazione aziendale');
    await expect(page.getByText('Nessuna buona prassi')).toBeVisible();
  });
});
