import { useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './print.css';

/**
 * Renders a document for printing: while mounted, printing the page (Electron's printToPDF,
 * the browser's print dialog, Playwright's page.pdf) prints only these children.
 */
export function PrintRoot({ children }: { children: ReactNode }): ReactNode {
  useEffect(() => {
    document.body.classList.add('regia-printing');
    return () => document.body.classList.remove('regia-printing');
  }, []);
  return createPortal(
    <div className="regia-print-root" data-testid="print-root">
      {children}
    </div>,
    document.body,
  );
}
