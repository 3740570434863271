import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The text of a PDF file as poppler's pdftotext reads it, keeping the page's layout. */
export function textOfPdfFile(pdfPath: string, order: PdfTextOrder = 'layout'): string {
  return execFileSync('pdftotext', [`-${order}`, pdfPath, '-'], { encoding: 'utf8' });
}

/**
 * How pdftotext orders the text: `layout` as the page looks (a table's wrapped cells interleave
 * line by line), `raw` as the PDF draws it (each cell's text whole, in reading order).
 */
export type PdfTextOrder = 'layout' | 'raw';

/** The text of a PDF held in memory (a page printed by Chromium, a download). */
export function textOfPdf(pdf: Uint8Array, order: PdfTextOrder = 'layout'): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'regia-pdf-'));
  try {
    const file = path.join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    return textOfPdfFile(file, order);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
