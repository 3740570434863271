import type { OfficialDocument } from '../../../shared/documents';
import { DocumentView } from './DocumentView';
import { PrintRoot } from './PrintRoot';

/** A CSS string literal: quotes and backslashes escaped. */
const cssString = (text: string): string => `"${text.replace(/["\\]/g, '\\$&')}"`;

/**
 * Puts a document in the print root, with "pag. x di y" at the foot of every page (CSS page
 * margin boxes, which Chromium, and so Electron's printToPDF, supports).
 */
export function PrintedDocument({ document }: { document: OfficialDocument }) {
  const { page, of } = document.pageLabels;
  return (
    <PrintRoot>
      <style>
        {`@page { size: A4; margin: 2cm 2cm 2.2cm;
  @bottom-center { content: ${cssString(`${page} `)} counter(page) ${cssString(` ${of} `)} counter(pages);
    font-family: Arial, 'Liberation Sans', Helvetica, sans-serif; font-size: 9pt; } }`}
      </style>
      <DocumentView document={document} />
    </PrintRoot>
  );
}
