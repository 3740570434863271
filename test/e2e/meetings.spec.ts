import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { MeetingsPage } from './pages/MeetingsPage';
import { sharedDemoPage } from './sharedDemoPage';
import { textOfPdfFile } from '../support/pdfText';
import { textWithLibreOffice } from '../support/libreOffice';

// Each test walks a few pages and dialogs: on a busy machine that takes a while.
test.describe.configure({ timeout: 90_000 });

/**
 * The shared page's Riunioni page as a fresh visit shows it: by address to the overview first,
 * which closes whatever a previous test left open, so the list opens again in its list view.
 */
async function freshMeetings(page: Page): Promise<MeetingsPage> {
  const meetings = new MeetingsPage(page);
  await page.goto('./#/');
  await meetings.app.waitForDemo();
  await meetings.open();
  return meetings;
}

/** A day about six weeks ahead, as `yyyy-MM-dd`, so the new meeting is upcoming. */
function dayAhead(days: number): string {
  const day = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const agenda = [
  { title: 'Approvazione del verbale della seduta precedente', minutes: 5 },
  { title: 'Monitoraggio Sportello Lavoro', minutes: 30 },
  { title: 'Candidatura all’avviso regionale', minutes: 25 },
  { title: 'Protocollo con le parti sociali', minutes: 20 },
  { title: 'Varie ed eventuali', minutes: 10 },
];

// Every test creates the meetings it changes (each named for it; counts taken before and after
// within the test) or only reads the demo's: one page holding the demo network serves them all.
test.describe('on one page holding the demo network', () => {
  const sharedPage = sharedDemoPage();

  test('an agenda of five items is reordered with the keyboard and sent as Word and calendar invitation', async () => {
    const page = sharedPage();
    // Five items through their dialog, then LibreOffice reads the letter: slow on a loaded machine.
    test.slow();
    const meetings = await freshMeetings(page);
    const date = dayAhead(45);
    await meetings.createMeeting({
      title: 'Seduta di prova',
      date,
      time: '10:00',
      place: 'Segrate, Sala consiliare',
    });
    const number = /Seduta n\. \d+\/\d{4}/.exec(await meetings.heading())?.[0] ?? '';
    expect(number).toMatch(new RegExp(`/${date.slice(0, 4)}$`));

    for (const item of agenda) await meetings.addItem(item);
    await expect(page.getByTestId('agenda-total')).toHaveText('Durata prevista: 1 h 30 min');
    await expect(page.getByTestId('agenda-end')).toHaveText('Termine previsto alle 11:30');

    // "Monitoraggio" goes two places down, after the protocol.
    await meetings.moveDownWithKeyboard('Monitoraggio Sportello Lavoro', 2);
    const reordered = [agenda[0], agenda[2], agenda[3], agenda[1], agenda[4]].map(
      (item) => item?.title ?? '',
    );
    await expect(meetings.itemTitles()).toHaveText(reordered);
    await expect(page.getByTestId('agenda-item-time').nth(3)).toHaveText('10:50–11:20');

    const docx = await meetings.download('Convocazione Word');
    const letter = await textWithLibreOffice(docx);
    // The letter's subject names the seduta once: "convocazione della seduta ordinaria n. 3/2026".
    expect(letter).toContain(`ordinaria ${number.replace('Seduta ', '')}`);
    const [year, month, day] = date.split('-').map(Number);
    const longDate = new Intl.DateTimeFormat('it-IT', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(year ?? 0, (month ?? 1) - 1, day));
    expect(letter).toContain(longDate);
    const positions = reordered.map((title) => letter.indexOf(title));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual(positions.toSorted((a, b) => a - b));

    const ics = readFileSync(await meetings.download('Invito calendario (.ics)'), 'utf8');
    const parsed: unknown = ICAL.parse(ics);
    if (!Array.isArray(parsed)) throw new Error('not one calendar');
    const calendar = new ICAL.Component(parsed);
    const zone = calendar.getFirstSubcomponent('vtimezone');
    if (zone) ICAL.TimezoneService.register(zone);
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no event');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toContain(number);
    expect(event.startDate.zone?.tzid).toBe('Europe/Rome');
    expect(event.startDate.toString()).toBe(`${date}T10:00:00`);
    expect(event.duration.toSeconds()).toBe(90 * 60);
    expect(event.location).toBe('Segrate, Sala consiliare');
    expect(event.attendees.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Segna come convocata' }).click();
    await expect(page.getByTestId('meeting-status').first()).toHaveText('Convocata');
  });

  test('the convocation print view becomes a PDF with its heading and agenda', async () => {
    const page = sharedPage();
    const meetings = await freshMeetings(page);
    await page.getByTestId('meetings-upcoming').getByRole('link').first().click();
    await expect(page.getByTestId('agenda')).toBeVisible();
    await page.getByRole('button', { name: 'Convocazione PDF' }).click();
    await expect(page.getByRole('dialog', { name: 'Anteprima della convocazione' })).toBeVisible();
    await expect(page.getByTestId('print-root')).toBeAttached();
    const pdfPath = path.join(mkdtempSync(path.join(tmpdir(), 'regia-convocation-')), 'c.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
    const text = textOfPdfFile(pdfPath);
    expect(text).toContain('Oggetto: convocazione');
    expect(text).toContain('Ordine del giorno');
    expect(text).toContain(/n\. \d+\/\d{4}/.exec(await meetings.heading())?.[0] ?? '—');
    expect(text).not.toContain('Navigazione principale');
  });

  test('the follow-up of a held meeting lists the actions it decided', async () => {
    const page = sharedPage();
    await freshMeetings(page);
    await page
      .getByTestId('meetings-past')
      .getByRole('row', { name: /Insediamento della cabina di regia/ })
      .getByRole('link')
      .click();
    await page.getByRole('tab', { name: 'Azioni decise' }).click();
    const rows = page.getByTestId('follow-up-table').locator('tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(page.getByTestId('follow-up')).toContainText('3 azioni decise');
  });

  test('the meetings list, calendar and agenda have no serious accessibility violation', async () => {
    const page = sharedPage();
    const meetings = await freshMeetings(page);
    expect(await meetings.app.seriousAccessibilityViolations()).toEqual([]);
    await page.getByText('Calendario', { exact: true }).click();
    await expect(page.getByTestId('meetings-calendar')).toBeVisible();
    expect(await meetings.app.seriousAccessibilityViolations()).toEqual([]);
    await page.getByText('Elenco', { exact: true }).click();
    await page.getByTestId('meetings-upcoming').getByRole('link').first().click();
    await expect(page.getByTestId('agenda-item').first()).toBeVisible();
    expect(await meetings.app.seriousAccessibilityViolations()).toEqual([]);
  });

  test('a document attached to an agenda item is kept and travels in the meeting pack', async () => {
    const page = sharedPage();
    await freshMeetings(page);
    await page.getByTestId('meetings-upcoming').getByRole('link').first().click();
    await expect(page.getByTestId('agenda-item').first()).toBeVisible();
    await page
      .getByRole('button', { name: /^Azioni sul punto/ })
      .first()
      .click();
    const chooserPromise = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: 'Allega documento' }).click();
    const chooser = await chooserPromise;
    await chooser.setFiles({
      name: 'relazione trimestrale.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Dati del trimestre', 'utf8'),
    });
    await expect(
      page.getByRole('button', { name: 'Apri «relazione trimestrale.txt»' }),
    ).toBeVisible();

    const meetings = new MeetingsPage(page);
    const pack = readFileSync(await meetings.download('Pacchetto della seduta'));
    const files = unzipSync(new Uint8Array(pack));
    const names = Object.keys(files);
    expect(names.some((name) => /^convocazione-seduta-\d+-\d{4}\.docx$/.test(name))).toBe(true);
    expect(names.some((name) => /^convocazione-seduta-\d+-\d{4}\.ics$/.test(name))).toBe(true);
    const attached = files['punto-01-relazione trimestrale.txt'];
    expect(attached && new TextDecoder().decode(attached)).toBe('Dati del trimestre');
  });

  test('a double click on Crea makes one meeting, an end before the start is refused, and Escape on a filled form asks first', async () => {
    const page = sharedPage();
    const meetings = await freshMeetings(page);
    const upcoming = page.getByTestId('meetings-upcoming').locator('tbody tr');
    const before = await upcoming.count();
    await page.getByRole('button', { name: 'Nuova seduta' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuova seduta' });
    await dialog.getByRole('textbox', { name: 'Titolo' }).fill('Seduta cliccata due volte');
    await dialog.getByLabel('Data').fill(dayAhead(40));
    await dialog.getByLabel('Ora di inizio').fill('10:00');
    await dialog.getByLabel('Ora di fine').fill('09:00');
    await expect(dialog.getByText('La fine deve essere dopo l’inizio')).toBeVisible();
    await dialog.getByRole('button', { name: 'Crea' }).click();
    await expect(dialog).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(dialog.getByText('Scartare le modifiche?')).toBeVisible();
    await dialog.getByRole('button', { name: 'Continua a modificare' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Titolo' })).toHaveValue(
      'Seduta cliccata due volte',
    );

    await dialog.getByLabel('Ora di fine').fill('12:00');
    await dialog.getByRole('button', { name: 'Crea' }).dblclick();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('agenda')).toBeVisible();
    await meetings.open();
    await expect(upcoming).toHaveCount(before + 1);
    await expect(upcoming.filter({ hasText: 'Seduta cliccata due volte' })).toHaveCount(1);
  });

  test('minutes notes typed and not yet saved survive a reload', async () => {
    const page = sharedPage();
    const meetings = await freshMeetings(page);
    await meetings.createMeeting({
      title: 'Seduta con appunti',
      date: dayAhead(30),
      time: '10:00',
      place: 'Segrate',
    });
    await page.getByRole('tab', { name: 'Verbale' }).click();
    const premise = page.getByRole('textbox', { name: 'Premessa' });
    await premise.fill('Il presidente apre la seduta alle 10:05 e saluta i presenti.');
    // Reloaded at once: no pause and no blur has saved it to the database yet.
    await page.reload();
    await page.getByRole('tab', { name: 'Verbale' }).click();
    await expect(page.getByRole('textbox', { name: 'Premessa' })).toHaveValue(
      'Il presidente apre la seduta alle 10:05 e saluta i presenti.',
    );
  });

  test('a cancelled and a postponed meeting stay in the list with their reasons', async () => {
    const page = sharedPage();
    // Two meetings are created and convoked: on a loaded machine that outlasts the usual limit.
    test.setTimeout(180_000);
    const meetings = await freshMeetings(page);
    const convoke = async (title: string, days: number): Promise<void> => {
      await meetings.open();
      await meetings.createMeeting({
        title,
        date: dayAhead(days),
        time: '10:00',
        place: 'Segrate',
      });
      await page.getByRole('button', { name: 'Segna come convocata' }).click();
      await expect(page.getByTestId('meeting-status').first()).toHaveText('Convocata');
    };
    await convoke('Seduta da annullare', 20);
    await page.getByRole('button', { name: 'Annulla seduta' }).click();
    const cancel = page.getByRole('dialog', { name: /Annullare la seduta/ });
    await cancel.getByRole('button', { name: 'Annulla la seduta' }).click();
    await expect(cancel.getByText('Scrivi il motivo')).toBeVisible();
    await cancel.getByRole('textbox', { name: 'Motivo' }).fill('Sciopero dei trasporti');
    await cancel.getByRole('button', { name: 'Annulla la seduta' }).click();
    await expect(cancel).toBeHidden();
    await expect(page.getByTestId('meeting-life-note')).toHaveText(
      'Annullata: Sciopero dei trasporti',
    );

    await convoke('Seduta da rinviare', 21);
    await page.getByRole('button', { name: 'Rinvia seduta' }).click();
    const postpone = page.getByRole('dialog', { name: /Rinviare la seduta/ });
    await postpone.getByLabel('Nuova data').fill(dayAhead(35));
    await postpone.getByRole('textbox', { name: 'Motivo' }).fill('Assenza del presidente');
    await postpone.getByRole('button', { name: 'Rinvia la seduta' }).click();
    await expect(postpone).toBeHidden();

    await meetings.open();
    const upcoming = page.getByTestId('meetings-upcoming');
    const cancelled = upcoming.locator('tr', { hasText: 'Seduta da annullare' });
    await expect(cancelled.getByTestId('meeting-status')).toHaveText('Annullata');
    await expect(cancelled.getByTestId('meeting-life-note')).toHaveText(
      'Annullata: Sciopero dei trasporti',
    );
    const postponed = upcoming.locator('tr', { hasText: 'Seduta da rinviare' });
    await expect(postponed.getByTestId('meeting-status')).toHaveText('Rinviata');
    await expect(postponed.getByTestId('meeting-life-note')).toContainText(
      'Assenza del presidente',
    );
  });
});
