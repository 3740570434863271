import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { OfficialDocument } from '../../../shared/documents';
import { bridge } from '../../bridge';
import { PrintedDocument } from './PrintedDocument';

/** Waits until the printed document's images (the letterhead's logo) are decoded. */
async function imagesDecoded(): Promise<void> {
  const images = [...document.querySelectorAll<HTMLImageElement>('.regia-print-root img')];
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
}

/**
 * A document printed into PDF bytes, as the PDF the print view saves (tagged, "pag. x di y"),
 * to attach to an e-mail draft. It is put in the print root only while it prints, with its title
 * as the page's (the PDF's own title). Null where the host cannot make a PDF (a browser tab).
 */
export async function printedPdfOf(printed: OfficialDocument): Promise<Uint8Array | null> {
  const container = document.createElement('div');
  const root = createRoot(container);
  const pageTitle = document.title;
  flushSync(() => root.render(<PrintedDocument document={printed} />));
  try {
    document.title = printed.title;
    await imagesDecoded();
    return await bridge.renderPdf();
  } finally {
    document.title = pageTitle;
    root.unmount();
  }
}
