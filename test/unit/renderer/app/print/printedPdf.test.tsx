// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OfficialDocument } from '../../../../../shared/documents';

// The desktop's print (Electron's printToPDF) cannot run here: the bridge stands in for it and
// records what the page held at the moment it was asked to print.
const seen: { rootText: string; printing: boolean; title: string }[] = [];
const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
vi.mock('../../../../../renderer/bridge', () => ({
  bridge: {
    renderPdf: () => {
      seen.push({
        rootText: document.querySelector('.regia-print-root')?.textContent ?? '',
        printing: document.body.classList.contains('regia-printing'),
        title: document.title,
      });
      return Promise.resolve(pdf);
    },
  },
}));

const { printedPdfOf } = await import('../../../../../renderer/app/print/printedPdf');

const letter: OfficialDocument = {
  language: 'it-IT',
  title: 'Convocazione della seduta n. 3/2026',
  letterhead: { name: 'Città metropolitana di Milano', lines: ['Via Vivaio 1'], logo: null },
  draftMark: null,
  pageLabels: { page: 'pag.', of: 'di' },
  blocks: [
    { kind: 'reference', lines: ['Prot. n. 1234 del 01/04/2026'] },
    { kind: 'heading', level: 1, text: 'Oggetto: convocazione della seduta' },
  ],
};

afterEach(() => {
  seen.length = 0;
});

describe('a document printed into PDF bytes', () => {
  it('is the only thing in the print root while it prints, under its own title, and leaves nothing behind', async () => {
    document.title = 'Regia';
    const bytes = await printedPdfOf(letter);

    expect(bytes).toEqual(pdf);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.printing).toBe(true);
    expect(seen[0]?.title).toBe('Convocazione della seduta n. 3/2026');
    expect(seen[0]?.rootText).toContain('Città metropolitana di Milano');
    expect(seen[0]?.rootText).toContain('Prot. n. 1234 del 01/04/2026');
    expect(document.querySelector('.regia-print-root')).toBeNull();
    expect(document.body.classList.contains('regia-printing')).toBe(false);
    expect(document.title).toBe('Regia');
  });
});
