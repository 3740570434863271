import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { textOfPdfFile } from '../support/pdfText';
import { MeetingsPage } from '../e2e/pages/MeetingsPage';
import { findElectronBinary, missingBinaryReason, repositoryRoot } from './electronBinary';

const electronBinary = findElectronBinary();

/** The part of the desktop bridge this test calls from the page. */
type PdfBridge = { renderPdf: () => Promise<Uint8Array | null> };

test.describe('documents in Electron', () => {
  test.skip(!electronBinary, missingBinaryReason);
  // The demo loads, then Chromium lays out and prints the letter: allow for a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test('a convocation printed by the desktop app is a tagged PDF with its text and page numbers', async () => {
    // A profile of its own: the demo loads into an empty database, and the user's data is untouched.
    const folder = mkdtempSync(path.join(tmpdir(), 'regia-electron-documents-'));
    const electronApp = await electron.launch({
      executablePath: electronBinary ?? undefined,
      args: ['.', `--user-data-dir=${path.join(folder, 'profile')}`],
      cwd: repositoryRoot,
    });
    try {
      const page = await electronApp.firstWindow();
      const meetings = new MeetingsPage(page);
      await expect(page.getByRole('navigation', { name: 'Navigazione principale' })).toBeVisible({
        timeout: 30_000,
      });
      if (await page.getByRole('button', { name: 'Carica rete di esempio' }).isVisible())
        await meetings.app.loadDemo();
      await meetings.open();
      await page.getByTestId('meetings-upcoming').getByRole('link').first().click();
      await expect(page.getByTestId('agenda')).toBeVisible();
      await page.getByRole('button', { name: 'Convocazione PDF' }).click();
      await expect(
        page.getByRole('dialog', { name: 'Anteprima della convocazione' }),
      ).toBeVisible();

      // The bytes the e-mail draft attaches, printed by main's printToPDF like "Salva PDF" does.
      const bytes = await page.evaluate(async () => {
        const bridge = Reflect.get(window, 'regia') as PdfBridge;
        const pdf = await bridge.renderPdf();
        return pdf ? Array.from(pdf) : null;
      });
      expect(bytes).not.toBeNull();
      const pdfPath = path.join(folder, 'convocazione.pdf');
      writeFileSync(pdfPath, Uint8Array.from(bytes ?? []));

      const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(/^Page size:.* pts \(A4\)$/m);
      const text = textOfPdfFile(pdfPath);
      expect(text).toContain('Oggetto: convocazione');
      expect(text).toContain('Ordine del giorno');
      expect(text).toContain('pag. 1 di');
      expect(text).not.toContain('Navigazione principale');
    } finally {
      await electronApp.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
