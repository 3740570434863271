import { BrowserWindow } from 'electron';
import type { PrintToPdfRequest, SaveFileResult } from '../../shared/contract';
import { saveFile } from './fileDialogs';

/**
 * Handles `printToPdf`: Chromium prints the window with its print styles, where only the
 * document being printed shows, and the user chooses where to save the PDF. The PDF is tagged
 * (headings, tables and the document's language kept for screen readers, as AgID asks of
 * public bodies) and its page size and margins come from the document's own CSS, with the
 * "pag. x di y" footer it draws.
 */
export async function printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult> {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!window) return { saved: false, location: null };
  const pdf = await window.webContents.printToPDF({
    pageSize: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  });
  return saveFile({
    title: request.title,
    suggestedName: request.suggestedName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    bytes: new Uint8Array(pdf),
  });
}
