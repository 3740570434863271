import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The text of a PDF file as poppler's pdftotext reads it, keeping the page's layout. */
export function textOfPdfFile(pdfPath: string): string {
  return execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
}

/** The text of a PDF held in memory (a page printed by Chromium, a download). */
export function textOfPdf(pdf: Uint8Array): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'regia-pdf-'));
  try {
    const file = path.join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    return textOfPdfFile(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
