// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentView } from '../../../../../renderer/app/print/DocumentView';
import type { OfficialDocument } from '../../../../../shared/documents';

const document: OfficialDocument = {
  language: 'it-IT',
  title: 'Verbale della seduta n. 6/2026',
  letterhead: { name: 'AFOL Metropolitana', lines: ['Via Soderini 24, Milano'], logo: null },
  draftMark: 'BOZZA',
  pageLabels: { page: 'pag.', of: 'di' },
  blocks: [
    { kind: 'heading', level: 1, text: 'Verbale della seduta n. 6/2026 ✅' },
    { kind: 'heading', level: 2, text: 'Azioni assegnate' },
    {
      kind: 'table',
      table: {
        columns: ['Azione', 'Importo'],
        rows: [['Mappa', '1.000,00 €']],
        numericColumns: [1],
      },
    },
    {
      kind: 'signatures',
      lead: ['La seduta è tolta.'],
      signatures: [{ role: 'Il Presidente', name: 'Anna Verdi' }],
    },
  ],
};

afterEach(cleanup);

describe('document print view', () => {
  it('keeps the semantic structure: language, one h1, h2, column headers with scope', () => {
    render(<DocumentView document={document} testId="page" />);
    const page = screen.getByTestId('page');
    expect(page.getAttribute('lang')).toBe('it-IT');
    expect(
      screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent),
    ).toEqual(['Verbale della seduta n. 6/2026']);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Azioni assegnate');
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader');
    expect(headers.map((header) => header.getAttribute('scope'))).toEqual(['col', 'col']);
  });

  it('shows BOZZA once and keeps the closing inside the signature block', () => {
    render(<DocumentView document={document} />);
    expect(screen.getAllByText('BOZZA')).toHaveLength(1);
    const closing = screen.getByText('La seduta è tolta.');
    expect(closing.closest('.regia-document-signed')?.textContent).toContain('Il Presidente');
  });
});
