import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { unzipSync } from 'fflate';
import PostalMime from 'postal-mime';
import { convertWithLibreOffice } from '../support/libreOffice';
import { textOfPdf } from '../support/pdfText';
import { MeetingsPage } from './pages/MeetingsPage';
import { sharedDemoPage } from './sharedDemoPage';

// The tests convert documents with LibreOffice and print PDFs: allow for it on a loaded machine.
test.describe.configure({ timeout: 240_000 });

/** The text of a Word file as LibreOffice lays it out on pages (headers and footers included). */
async function pagedText(docx: Uint8Array): Promise<string> {
  return textOfPdf(await convertWithLibreOffice(docx, 'docx', 'pdf'));
}

/** The text a Word file holds, its body, headers and footers, read from its XML without a layout. */
function wordText(docx: Uint8Array): string {
  const parts = unzipSync(docx, {
    filter: (file) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(file.name),
  });
  return Object.values(parts)
    .map((xml) => new TextDecoder().decode(xml).replace(/<[^>]+>/g, ''))
    .join('\n');
}

/**
 * The shared page's Riunioni page as a fresh visit shows it: by address to the overview first,
 * which closes whatever the previous test left open.
 */
async function freshMeetings(page: Page): Promise<MeetingsPage> {
  const meetings = new MeetingsPage(page);
  await page.goto('./#/');
  await meetings.app.waitForDemo();
  await meetings.open();
  return meetings;
}

/** Sets the issuing body of the network's documents through its form. */
async function setIssuer(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Intestazione dell’ente' }).click();
  const dialog = page.getByRole('dialog', { name: 'Intestazione dei documenti' });
  await dialog.getByLabel('Ente che emette i documenti').fill('Città metropolitana di Milano');
  await dialog.getByLabel('Indirizzo').fill('Via Vivaio 1, 20122 Milano');
  await dialog.getByLabel('PEC').fill('protocollo@pec.cittametropolitana.mi.it');
  await dialog.getByLabel('E-mail').fill('cabina.regia@cittametropolitana.mi.it');
  await dialog.getByLabel('Luogo delle lettere (es. Milano)').fill('Milano');
  await dialog.getByRole('button', { name: 'Salva' }).click();
  await expect(dialog).toBeHidden();
}

// One page holding the demo network serves both tests: the draft verbale of a past meeting is read
// first, then the convocation of an upcoming one is given its letter's details.
test.describe('on one page holding the demo network', () => {
  const sharedPage = sharedDemoPage();

  test('a draft verbale names the presenters, carries BOZZA once per page and numbers its pages', async () => {
    const page = sharedPage();
    const meetings = await freshMeetings(page);
    await page
      .getByTestId('meetings-past')
      .getByRole('row')
      .filter({ hasText: 'Verbale in bozza' })
      .first()
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('tab', { name: 'Verbale' }).click();
    await expect(page.getByTestId('minutes-view').first()).toContainText('BOZZA');

    const docx = await meetings.download('Esporta DOCX');
    const verbale = await pagedText(readFileSync(docx));
    const pages = verbale.split('\f').filter((text) => text.trim() !== '');
    expect(pages.length).toBeGreaterThan(0);
    for (const [index, text] of pages.entries()) {
      expect(text.match(/BOZZA/g)).toHaveLength(1);
      expect(text).toContain(`pag. ${index + 1} di ${pages.length}`);
    }
    expect(verbale).toContain('Verbale della seduta n.');
    expect(verbale).toContain('Relatore:');
    expect(verbale).toContain('Il Segretario verbalizzante');

    await page.getByRole('button', { name: 'Stampa / PDF' }).click();
    await expect(page.getByTestId('print-root')).toBeAttached();
    const printed = textOfPdf(await page.pdf({ format: 'A4' }));
    expect(printed).toContain('Verbale della seduta n.');
    expect(printed).toContain('pag. 1 di');
    // Closed as a person leaves it, so the next test finds the page uncovered.
    await page.getByRole('button', { name: 'Chiudi' }).click();
    await expect(page.getByTestId('print-root')).not.toBeAttached();
  });

  test('a convocation with letterhead, protocol, recipients, second call and attachments is produced as Word, delega forms and a printed PDF', async () => {
    const page = sharedPage();
    const meetings = await freshMeetings(page);
    await page.getByTestId('meetings-upcoming').getByRole('link').first().click();
    await expect(page.getByTestId('agenda')).toBeVisible();
    await setIssuer(page);

    const details = page.getByRole('form', { name: 'Dati della lettera' });
    await details.getByLabel('Numero di protocollo').fill('2026/0145');
    await details.getByLabel('Data del protocollo').fill('2026-02-20');
    await details.getByLabel('Seconda convocazione: ora').fill('10:30');
    await details.getByRole('button', { name: 'Salva i dati della lettera' }).click();
    await expect(page.getByText('Dati della lettera salvati')).toBeVisible();

    // What was typed reaches the Word file; how LibreOffice lays the letter out on pages (every part
    // of it, page numbers included) is checked on the same app code by
    // test/unit/shared/meetings/convocationLetterDocx.test.ts.
    const letter = wordText(readFileSync(await meetings.download('Convocazione Word')));
    for (const expected of [
      'Città metropolitana di Milano',
      'PEC: protocollo@pec.cittametropolitana.mi.it',
      'Prot. n. 2026/0145 del 20/02/2026',
      'Milano, 20 febbraio 2026',
      'Oggetto: convocazione della seduta',
      'Seconda convocazione',
      'Allegato 1 — Modulo di delega',
    ]) {
      expect(letter).toContain(expected);
    }
    expect(letter.match(/n\. \d+\/\d{4}/g)?.length).toBeGreaterThan(0);

    const forms = unzipSync(readFileSync(await meetings.download('Moduli di delega (Word)')));
    const names = Object.keys(forms);
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((name) => /^delega-seduta-\d+-\d{4}-[a-z0-9-]+\.docx$/.test(name))).toBe(
      true,
    );
    const [first] = names;
    const formXml = unzipSync(forms[first ?? ''] ?? new Uint8Array())['word/document.xml'];
    const form = new TextDecoder().decode(formXml).replace(/<[^>]+>/g, '');
    expect(form).toContain('DELEGA');
    expect(form).toContain('prot. n. 2026/0145');
    expect(form).toContain('Firma del delegante');

    // A browser tab cannot print the letter into PDF bytes: the draft carries it as Word and says so.
    const draft = await PostalMime.parse(
      readFileSync(await meetings.download('Bozza e-mail della convocazione')),
    );
    await expect(
      page.getByText(/^Bozza e-mail pronta: .+\.eml\. Nel browser la lettera è allegata in Word/),
    ).toBeVisible();
    expect(draft.from?.address).toBe('protocollo@pec.cittametropolitana.mi.it');
    expect(draft.to?.length).toBeGreaterThan(0);
    const attached = draft.attachments.map((attachment) => attachment.filename ?? '');
    expect(attached.some((name) => /^convocazione-.+\.docx$/.test(name))).toBe(true);
    expect(attached.some((name) => name.endsWith('.ics'))).toBe(true);
    expect(attached.some((name) => name.startsWith('delega-'))).toBe(true);
    expect(attached.some((name) => name.endsWith('.pdf'))).toBe(false);

    await page.getByRole('button', { name: 'Convocazione PDF' }).click();
    const preview = page.getByRole('dialog', { name: 'Anteprima della convocazione' });
    await expect(
      preview.getByRole('heading', { level: 2, name: /^Oggetto: convocazione/ }),
    ).toBeVisible();
    await expect(preview.getByRole('article')).toHaveAttribute('lang', 'it-IT');
    expect(await meetings.app.seriousAccessibilityViolations()).toEqual([]);
    const printed = textOfPdf(await page.pdf({ format: 'A4' }));
    expect(printed).toContain('Prot. n. 2026/0145 del 20/02/2026');
    expect(printed).toContain('Seconda convocazione');
    expect(printed).toContain('pag. 1 di');
    expect(printed).not.toContain('Navigazione principale');
  });
});
