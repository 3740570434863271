import { BrowserWindow } from 'electron';
import type { PrintToPdfRequest, SaveFileResult } from '../../shared/contract';
import { saveFile } from './fileDialogs';

/**
 * Prints Regia's window with its print styles, where only the document being printed shows.
 * The PDF is tagged (headings, tables and the document's language kept for screen readers, as
 * AgID asks of public bodies) and its page size and margins come from the document's own CSS,
 * with the "pag. x di y" footer it draws. Null when no window is open.
 */
async function printWindow(): Promise<Uint8Array | null> {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!window) return null;
  const pdf = await window.webContents.printToPDF({
    pageSize: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  });
  return new Uint8Array(pdf);
}

/** Handles `printToPdf`: prints the document shown and lets the user choose where to save the PDF. */
export async function printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult> {
  const pdf = await printWindow();
  if (!pdf) return { saved: false, location: null };
  return saveFile({
    title: request.title,
    suggestedName: request.suggestedName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    bytes: pdf,
  });
}

/** Handles `renderPdf`: the document shown, printed into PDF bytes for an e-mail attachment. */
export function renderPdf(): Promise<Uint8Array | null> {
  return printWindow();
}
